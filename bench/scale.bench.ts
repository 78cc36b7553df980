// The registry at catalog scale: 1,000 items, then 10,000 (5,000 when publishing all of them would
// not fit the time budget on this machine; the output says which). Items are template copies under
// new codes and names. Measured at each size: time to publish every item through the registry, list
// and search latency of the editors' API and the portal (median of sequential requests), the server's
// resident memory, and the size and time of a full static portal export. `growth` divides the
// figure at the larger size by the one at 1,000.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../src/lib/server/db/connect';
import { createServices } from '../src/lib/server/services';
import { seedDemo } from '../src/lib/server/setup/demo';
import { actorById } from '../src/lib/server/services/session';
import { findUserRowByUsername } from '../src/lib/server/db/users';
import { rssOf, startApp, tempDataDir } from '../tests/load/lib/app';
import { addCatalog, catalogCode, templates } from './lib/catalog';
import { median } from './measure.js';

const SMALL = Number(process.env.BENCH_SCALE_SMALL ?? 1000);
const LARGE = Number(process.env.BENCH_SCALE_LARGE ?? 10_000);
const FALLBACK = Math.min(5000, LARGE);
const BUDGET_S = Number(process.env.BENCH_SCALE_BUDGET_S ?? 600);
const RUNS = 15;
/** a full export is stopped after this long and reported with what it wrote by then */
const EXPORT_BUDGET_S = Number(process.env.BENCH_SCALE_EXPORT_BUDGET_S ?? 240);

const r1 = (x: number) => Math.round(x * 10) / 10;
const log = (s: string) => process.stderr.write(`  ${s}\n`);

async function publishAll(dataDir: string, from: number, to: number) {
	const connection = await connect({ dataDir });
	try {
		const { db } = connection;
		const codes = await addCatalog(db, from, to);
		const editor = (await actorById(db, (await findUserRowByUsername(db, 'editor'))!.id))!;
		const { publishing } = createServices(db);
		const t0 = performance.now();
		for (const code of codes) await publishing.publish(editor, code, {});
		return (performance.now() - t0) / 1000;
	} finally {
		await connection.close();
	}
}

async function latency(url: string, headers: Record<string, string> = {}) {
	const samples: number[] = [];
	for (let i = 0; i < RUNS + 2; i++) {
		const t0 = performance.now();
		const res = await fetch(url, { headers });
		await res.text();
		if (!res.ok) throw new Error(`${url}: ${res.status}`);
		if (i >= 2) samples.push(performance.now() - t0);
	}
	return r1(median(samples));
}

function dirSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) {
			const s = dirSize(p);
			bytes += s.bytes;
			files += s.files;
		} else {
			bytes += statSync(p).size;
			files++;
		}
	}
	return { bytes, files };
}

async function portalExport(dataDir: string) {
	const out = tempDataDir('banshi-export-');
	rmSync(out, { recursive: true });
	const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
	const cmd = scripts['export:portal']
		? ['npm', ['run', '--silent', 'export:portal', '--', out]]
		: existsSync('scripts/export-portal.js')
			? [process.execPath, ['scripts/export-portal.js', out]]
			: null;
	if (!cmd) return { available: false };
	const t0 = performance.now();
	// Its own process group, so the budget stops the exporter and the children it starts.
	const child = spawn(cmd[0] as string, cmd[1] as string[], {
		env: { ...process.env, BANSHI_DATA_DIR: dataDir, DATABASE_URL: '' },
		stdio: ['ignore', 'ignore', 'pipe'],
		detached: true
	});
	let stderr = '';
	child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
	let stopped = false;
	const timer = setTimeout(() => {
		stopped = true;
		process.kill(-child.pid!, 'SIGKILL');
	}, EXPORT_BUDGET_S * 1000);
	const [status] = (await once(child, 'exit')) as [number | null];
	clearTimeout(timer);
	const r = { signal: stopped, status, stderr, stdout: '' };
	const seconds = (performance.now() - t0) / 1000;
	const size = existsSync(out) ? dirSize(out) : { bytes: 0, files: 0 };
	rmSync(out, { recursive: true, force: true });
	const written = {
		seconds: r1(seconds),
		mb: r1(size.bytes / 1024 / 1024),
		files: size.files,
		files_per_s: r1(size.files / seconds)
	};
	if (r.signal) return { available: true, stopped_after_budget: true, ...written };
	if (r.status !== 0) return { available: true, error: (r.stderr || r.stdout).slice(-300) };
	return { available: true, ...written };
}

async function measure(dataDir: string, n: number) {
	const app = await startApp({ dataDir, seedDemo: false });
	try {
		const rssIdle = await rssOf(app.child.pid!);
		const login = await fetch(`${app.url}/api/v1/session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.9' },
			body: JSON.stringify({ username: 'editor', password: 'banshi-demo' })
		});
		const auth = { authorization: `Bearer ${(await login.json()).token}` };
		const t = templates()[0];
		const nearEnd = catalogCode(t, n - templates().length);
		const fragment = encodeURIComponent(t.name.slice(0, 4));
		const last = Math.ceil(n / 20);
		const figures = {
			api_list_ms: await latency(`${app.url}/api/v1/items?limit=20`, auth),
			api_list_last_page_ms: await latency(`${app.url}/api/v1/items?limit=20&page=${last}`, auth),
			api_search_name_ms: await latency(`${app.url}/api/v1/items?limit=20&q=${fragment}`, auth),
			api_search_code_ms: await latency(`${app.url}/api/v1/items?limit=20&q=${nearEnd}`, auth),
			portal_list_ms: await latency(`${app.url}/api/v1/portal/items?limit=20`),
			portal_search_name_ms: await latency(`${app.url}/api/v1/portal/items?limit=20&q=${fragment}`),
			portal_search_code_ms: await latency(`${app.url}/api/v1/portal/items?limit=20&q=${nearEnd}`),
			portal_page_search_ms: await latency(`${app.url}/portal?q=${fragment}`),
			rss_idle_mb: rssIdle ? r1(rssIdle / 1024 / 1024) : null,
			rss_after_queries_mb: null as number | null
		};
		const rss = await rssOf(app.child.pid!);
		figures.rss_after_queries_mb = rss ? r1(rss / 1024 / 1024) : null;
		return figures;
	} finally {
		await app.stop();
	}
}

async function main() {
	const dataDir = tempDataDir('banshi-scale-');
	try {
		const seed = await openRegistry({ dataDir });
		await seedDemo(seed.db);
		await seed.close();

		log(`publishing ${SMALL} items`);
		const small = await publishAll(dataDir, 0, SMALL);
		const perItem = small / SMALL;
		const large = perItem * (LARGE - SMALL) <= BUDGET_S ? LARGE : FALLBACK;
		log(`${r1(small)} s (${r1(perItem * 1000)} ms/item); next size ${large}`);
		const at = {
			[SMALL]: {
				publish_all_s: r1(small),
				publish_ms_per_item: r1(perItem * 1000),
				...(await measure(dataDir, SMALL)),
				export: await portalExport(dataDir)
			}
		} as Record<number, Record<string, unknown>>;
		log(JSON.stringify(at[SMALL]));

		log(`publishing ${large - SMALL} more items`);
		const more = await publishAll(dataDir, SMALL, large);
		at[large] = {
			publish_all_s: r1(small + more),
			publish_ms_per_item: r1((more / (large - SMALL)) * 1000),
			...(await measure(dataDir, large)),
			export: await portalExport(dataDir)
		};
		log(JSON.stringify(at[large]));

		const growth: Record<string, number> = {};
		const flat = (o: Record<string, unknown>, p = ''): [string, number][] =>
			Object.entries(o).flatMap(([k, v]) =>
				typeof v === 'number'
					? [[p + k, v] as [string, number]]
					: v && typeof v === 'object'
						? flat(v as Record<string, unknown>, `${p}${k}_`)
						: []
			);
		const a = new Map(flat(at[SMALL]));
		// An export stopped by its budget has no total to compare; its rate still does.
		const cut = (o: Record<string, unknown>) =>
			!!(o.export as { stopped_after_budget?: boolean })?.stopped_after_budget;
		const partial = cut(at[SMALL]) || cut(at[large]);
		for (const [k, v] of flat(at[large]))
			if (a.get(k) && !(partial && /^export_(seconds|mb|files)$/.test(k)))
				growth[k] = Math.round((v / a.get(k)!) * 100) / 100;
		console.log(
			JSON.stringify({
				sizes: [SMALL, large],
				...(large !== LARGE && {
					note: `${LARGE} did not fit the ${BUDGET_S} s publishing budget; measured at ${large}`
				}),
				[`at_${SMALL}`]: at[SMALL],
				[`at_${large}`]: at[large],
				[`growth_${SMALL}_to_${large}`]: growth
			})
		);
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
