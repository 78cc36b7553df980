// Form renderer figures beside @rjsf/core's, measured in the same run with the shared peer bench
// (../shared/bench/peer-rjsf): first render, keystroke latency and page JS size in headless
// Chromium for the 50/200/1000-field forms, plus whole-form validation and server render in Node.
// The peer folder is read-only and is copied to node_modules/.cache to install and build it there.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeValidatorModules } from './form/validators';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, process.env.SHARED_DIR ?? '../shared');
const peerSrc = join(shared, 'bench/peer-rjsf');
const schemasSrc = join(shared, 'bench/schemas');
const log = (...a: unknown[]) => console.error('[form bench]', ...a);

type Row = Record<string, unknown> & { n: number };
const lines = (out: string): Row[] =>
	out
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.map((l) => JSON.parse(l) as Row);

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
	const r = spawnSync(cmd, args, {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, ...env },
		timeout: 12 * 60 * 1000
	});
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}`);
	return r.stdout;
}

if (!existsSync(peerSrc) || !existsSync(schemasSrc)) {
	console.log(JSON.stringify({ skipped: `peer bench not found at ${peerSrc} (set SHARED_DIR)` }));
	process.exit(0);
}

// 1. our page, production build
log('building our bench page');
run('npx', ['vite', 'build', '-c', 'bench/form/vite.config.mjs', '--logLevel', 'warn'], repo);

// 2. the peer: a writable copy keeping its ../schemas layout, installed once and cached
const cache = join(repo, 'node_modules/.cache/banshi-bench');
const peer = join(cache, 'peer-rjsf');
mkdirSync(cache, { recursive: true });
rmSync(join(cache, 'schemas'), { recursive: true, force: true });
cpSync(schemasSrc, join(cache, 'schemas'), { recursive: true });
if (!existsSync(join(peer, 'node_modules'))) {
	rmSync(peer, { recursive: true, force: true });
	cpSync(peerSrc, peer, { recursive: true, filter: (p) => !/node_modules|\/dist$/.test(p) });
	log('installing the rjsf peer (npm ci)');
	execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: peer,
		stdio: ['ignore', 'ignore', 'inherit']
	});
}
run('npx', ['vite', 'build', '--logLevel', 'warn'], peer);
// our page imports each form's precompiled validators, as a portal page does
writeValidatorModules(join(cache, 'schemas'), join(repo, 'bench/form/dist'));

// 3. peer and ours back to back on the same forms, same harness, same browser
log('measuring rjsf (Node + Chromium)');
const rjsf = lines(
	run(process.execPath, ['measure.mjs'], peer, { BENCH_OUT: join(cache, 'results-rjsf.json') })
);
log('measuring ours in Chromium');
const oursBrowser = lines(
	run(
		process.execPath,
		[
			join(peer, 'browser-bench.mjs'),
			'--dist',
			join(repo, 'bench/form/dist'),
			'--renderer',
			'banshi'
		],
		repo
	)
);
log('measuring ours in Node');
const oursNode = lines(
	run(process.execPath, ['bench/form/measure-node.mjs', join(cache, 'schemas')], repo, {
		NODE_ENV: 'production'
	})
);

const r2 = (x: number) => Math.round(x * 100) / 100;
const num = (row: Row | undefined, key: string) => Number(row?.[key] ?? NaN);
const sub = (row: Row | undefined, key: string, k: string) =>
	Number((row?.[key] as Record<string, number> | undefined)?.[k] ?? NaN);

const result: Record<string, unknown> = {};
for (const peerRow of rjsf) {
	const n = peerRow.n;
	const b = oursBrowser.find((r) => r.n === n);
	const nd = oursNode.find((r) => r.n === n);
	result[`n${n}`] = {
		first_render_ms: { banshi: num(b, 'first_render_ms'), rjsf: num(peerRow, 'first_render_ms') },
		keystroke_ms: { banshi: num(b, 'keystroke_ms'), rjsf: num(peerRow, 'keystroke_ms') },
		keystroke_live_ms: {
			banshi: num(b, 'keystroke_live_ms'),
			rjsf: num(peerRow, 'keystroke_live_ms')
		},
		keystroke_paint_ms: {
			banshi: num(b, 'keystroke_paint_ms'),
			rjsf: num(peerRow, 'keystroke_paint_ms')
		},
		js_gzip_bytes: { banshi: num(b, 'js_gzip_bytes'), rjsf: num(peerRow, 'js_gzip_bytes') },
		dom_controls: { banshi: num(b, 'dom_controls'), rjsf: num(peerRow, 'dom_controls') },
		ssr_ms: { banshi: num(nd, 'ssr_ms'), rjsf: num(peerRow, 'ssr_ms') },
		validate_vs_raw_ajv_invalid: {
			banshi: r2(
				sub(nd, 'validate_ops_per_s', 'invalid') / sub(nd, 'ajv_raw_ops_per_s', 'invalid')
			),
			rjsf: r2(
				sub(peerRow, 'validate_ops_per_s', 'invalid') / sub(peerRow, 'ajv_raw_ops_per_s', 'invalid')
			)
		},
		ratio_banshi_over_rjsf: {
			first_render: r2(num(b, 'first_render_ms') / num(peerRow, 'first_render_ms')),
			keystroke: r2(num(b, 'keystroke_ms') / num(peerRow, 'keystroke_ms')),
			keystroke_live: r2(num(b, 'keystroke_live_ms') / num(peerRow, 'keystroke_live_ms')),
			js_gzip: r2(num(b, 'js_gzip_bytes') / num(peerRow, 'js_gzip_bytes'))
		}
	};
}
console.log(JSON.stringify(result));
