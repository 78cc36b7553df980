#!/usr/bin/env node
// Node-side figures of the form renderer, measured the way the shared rjsf bench measures its own
// (see ../shared/bench/peer-rjsf/README.md, "What is measured"):
//   validate_ops_per_s  the call the form makes to validate the whole form (runtimeValidator),
//   ajv_raw_ops_per_s   plain Ajv2020 + ajv-formats in the same process, interleaved round by round,
//   ssr_ms              svelte/server render of SchemaForm prefilled with `valid`.
//   NODE_ENV=production node bench/form/measure-node.mjs [schemasDir]
// schemasDir defaults to ../shared/bench/schemas next to the repository, else bench/form/schemas
// (write it with gen-forms.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const shared = resolve(repo, process.env.SHARED_DIR ?? '../shared', 'bench/schemas');
const dir = process.argv[2] ?? (existsSync(shared) ? shared : join(repo, 'bench/form/schemas'));

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r2 = (x) => Math.round(x * 100) / 100;

function batch(fn) {
	let calls = 0;
	const t0 = performance.now();
	let t = t0;
	while (t - t0 < 250) {
		for (let i = 0; i < 10; i++) fn();
		calls += 10;
		t = performance.now();
	}
	return (calls * 1000) / (t - t0);
}

// Compile the Svelte components for the server as an app would, without a dev build.
const vite = await createServer({
	root: repo,
	mode: 'production',
	logLevel: 'error',
	configFile: false,
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	plugins: [svelte({ compilerOptions: { dev: false } })],
	resolve: { alias: { $lib: join(repo, 'src/lib') } }
});
try {
	const { SchemaForm, runtimeValidator } = await vite.ssrLoadModule('/src/lib/form/index.ts');
	const { render } = await vite.ssrLoadModule('svelte/server');
	for (const n of [50, 200, 1000]) {
		const form = JSON.parse(readFileSync(join(dir, `form-${n}.json`), 'utf8'));
		const ours = runtimeValidator(form.schema);
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		addFormats(ajv);
		const raw = ajv.compile(form.schema);
		const fns = {
			ours_valid: () => ours.validate(form.valid),
			ours_invalid: () => ours.validate(form.invalid),
			raw_valid: () => raw(form.valid),
			raw_invalid: () => raw(form.invalid)
		};
		const warm = performance.now();
		while (performance.now() - warm < 1000) for (const f of Object.values(fns)) f();
		const samples = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
		for (let round = 0; round < 5; round++) {
			for (const [k, f] of Object.entries(fns)) samples[k].push(batch(f));
		}
		const props = { schema: form.schema, uiSchema: form.uiSchema, data: form.valid };
		const ssr = () => render(SchemaForm, { props }).body;
		const warmSsr = performance.now();
		for (let i = 0; i < 5 || performance.now() - warmSsr < 1000; i++) ssr();
		const times = [];
		let html = '';
		for (let i = 0; i < 5; i++) {
			const t = performance.now();
			html = ssr();
			times.push(performance.now() - t);
		}
		const line = {
			renderer: 'banshi',
			n,
			validate_ops_per_s: {
				valid: Math.round(median(samples.ours_valid)),
				invalid: Math.round(median(samples.ours_invalid))
			},
			ajv_raw_ops_per_s: {
				valid: Math.round(median(samples.raw_valid)),
				invalid: Math.round(median(samples.raw_invalid))
			},
			ssr_ms: r2(median(times)),
			ssr_controls: (html.match(/<(input|select|textarea)\b/g) ?? []).length,
			ssr_html_bytes: Buffer.byteLength(html),
			invalid_errors: {
				banshi: ours.validate(form.invalid).length,
				ajv_raw: (raw(form.invalid), raw.errors.length)
			}
		};
		console.log(JSON.stringify(line));
	}
} finally {
	await vite.close();
}
