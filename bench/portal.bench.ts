// The portal read path of the built app under autocannon (100 connections, fixed duration each):
// a published bundle fresh, the same revalidated (If-None-Match → 304), its schema.json and the
// server-rendered guide page, beside a plain Node static file server serving the same bytes in the
// same run, in alternating turns (median turn of each). Ratios are app / static. The app is served as
// `npm start` serves it (scripts/serve.js).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../tests/load/lib/app';
import { load, type LoadFigures } from '../tests/load/lib/cannon';
import { startStaticServer } from './lib/static-server';

const SECONDS = Number(process.env.BENCH_PORTAL_SECONDS ?? 3);
/** turns of app and static, each SECONDS long; figures are those of the median turn by req/s */
const TURNS = Number(process.env.BENCH_PORTAL_TURNS ?? 3);

const middle = (runs: LoadFigures[]) =>
	[...runs].sort((x, y) => x.rps - y.rps)[Math.floor(runs.length / 2)];
const CONNECTIONS = 100;

const pick = (f: LoadFigures) => ({
	rps: f.rps,
	p50_ms: f.p50,
	p99_ms: f.p99,
	errors: f.errors + f.timeouts,
	statuses: Object.keys(f.statuses).join('/')
});

async function main() {
	const app = await startApp();
	const files = mkdtempSync(join(tmpdir(), 'banshi-static-'));
	try {
		const list = await (await fetch(`${app.url}/api/v1/portal/items?limit=1`)).json();
		const { href, hash, code } = list.items[0];
		const bundle = await (await fetch(app.url + href)).text();
		const schema = await (await fetch(`${app.url}${href}/schema.json`)).text();
		writeFileSync(join(files, 'bundle.json'), bundle);
		writeFileSync(join(files, 'schema.json'), schema);
		const guideUrl = `${app.url}/portal/items/${encodeURIComponent(code)}`;
		const guide = await (await fetch(guideUrl)).text();
		writeFileSync(join(files, 'guide.html'), guide);
		const stat = await startStaticServer(files);
		const etag = `"${hash}"`;
		const staticEtag = (await fetch(`${stat.url}/bundle.json`)).headers.get('etag')!;

		const cases = {
			bundle: [app.url + href, `${stat.url}/bundle.json`, {}, {}],
			bundle_304: [
				app.url + href,
				`${stat.url}/bundle.json`,
				{ 'if-none-match': etag },
				{ 'if-none-match': staticEtag }
			],
			schema: [`${app.url}${href}/schema.json`, `${stat.url}/schema.json`, {}, {}],
			guide_page: [guideUrl, `${stat.url}/guide.html`, {}, {}]
		} as const;
		const out: Record<string, unknown> = {
			item: code,
			bundle_bytes: Buffer.byteLength(bundle),
			schema_bytes: Buffer.byteLength(schema),
			guide_bytes: Buffer.byteLength(guide),
			connections: CONNECTIONS,
			seconds_each: SECONDS,
			turns: TURNS
		};
		const ratios: Record<string, number> = {};
		for (const [name, [appUrl, staticUrl, appHeaders, staticHeaders]] of Object.entries(cases)) {
			// a short warm-up of each, then app and static in turns (app first, then static first,
			// …): on a shared machine the load of others changes from second to second, and taking
			// the middle of several turns keeps one burst from deciding the ratio
			await load({ url: appUrl, duration: 1, connections: CONNECTIONS, headers: appHeaders });
			await load({ url: staticUrl, duration: 1, connections: CONNECTIONS, headers: staticHeaders });
			const apps: LoadFigures[] = [];
			const statics: LoadFigures[] = [];
			for (let turn = 0; turn < TURNS; turn++) {
				const runApp = async () =>
					apps.push(
						await load({
							url: appUrl,
							duration: SECONDS,
							connections: CONNECTIONS,
							headers: appHeaders
						})
					);
				const runStatic = async () =>
					statics.push(
						await load({
							url: staticUrl,
							duration: SECONDS,
							connections: CONNECTIONS,
							headers: staticHeaders
						})
					);
				if (turn % 2 === 0) await runApp().then(runStatic);
				else await runStatic().then(runApp);
			}
			const a = middle(apps);
			const s = middle(statics);
			out[name] = { app: pick(a), static: pick(s) };
			ratios[`${name}_rps_app_over_static`] = Math.round((a.rps / s.rps) * 100) / 100;
			ratios[`${name}_p99_app_over_static`] = Math.round((a.p99 / Math.max(s.p99, 1)) * 100) / 100;
			process.stderr.write(
				`  ${name}: app ${a.rps}/s p99 ${a.p99} ms, static ${s.rps}/s p99 ${s.p99} ms\n`
			);
		}
		out.ratios = ratios;
		await stat.close();
		console.log(JSON.stringify(out));
	} finally {
		await app.stop();
		rmSync(files, { recursive: true, force: true });
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
