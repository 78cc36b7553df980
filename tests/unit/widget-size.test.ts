// The embeddable widget is downloaded by every visitor of every portal page that embeds it, so its
// size is held to a budget: the module and the chunks it imports before it can draw anything
// (gzip, as served). What loads later — the acceptance check and its result, the holiday schedule,
// a file's hash, one province's region list — is listed but not counted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Bytes, gzip. The widget was 174 KB before the precompiled validators replaced Ajv's compiler and
 * the region table was split per province, and 84 KB with multi-page forms and printable notices.
 * It is 58.4 KB now (59,813 bytes: the entry 4.0 KB, the chunk it imports 54.0 KB, the bundler's
 * runtime 0.4 KB): Svelte's runtime in production mode (Vite's default resolve conditions, which
 * the config had narrowed to 'browser', say so), the form renderer, @rjsf/utils' schema resolution
 * with the domain's JSON equality instead of a second deep-equality library, and the message
 * catalogs the form uses, all in one chunk. Only the formats' messages that explain a refusal come
 * with it: the credit code authorities' names (uscc-names.messages.ts, for the identifier input's
 * warnings), the calendar's messages (only invalid dates, date.messages.ts) and those of a
 * replacement region dataset stay out. The rest comes beside the validators, before
 * the form is drawn: the validator loader and the formats it passes, Ajv's messages in the page's
 * language, and only the controls the bundle's form uses (a file, a region, an identifier, a list or
 * checkboxes, a choice between alternatives; src/widget/deferred/). A one-thing's form
 * (src/widget/onething/, 9.7 KB) is fetched only by an element with a `onething` attribute; only
 * its styles are in the entry. Keep it at 60 KB or below.
 */
const BUDGET = 60 * 1024;

const out = mkdtempSync(join(tmpdir(), 'banshi-widget-size-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Chunk = Rolldown.OutputChunk;

describe('embeddable widget size', () => {
	it(`stays within ${BUDGET / 1024} KB gzip before it draws the form`, async () => {
		// as `npm run build:widget` builds it: Svelte compiles in dev mode unless NODE_ENV says otherwise
		const nodeEnv = process.env.NODE_ENV;
		process.env.NODE_ENV = 'production';
		const result = await build({
			configFile: 'vite.widget.config.ts',
			mode: 'production',
			logLevel: 'silent',
			build: { outDir: out, emptyOutDir: true, sourcemap: false }
		}).finally(() => {
			process.env.NODE_ENV = nodeEnv;
		});
		const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
		const chunks = new Map<string, Chunk>();
		for (const o of outputs) {
			for (const f of o.output) if (f.type === 'chunk') chunks.set(f.fileName, f);
		}
		const entry = [...chunks.values()].find((c) => c.isEntry);
		expect(entry?.fileName).toBe('banshi-form.js');

		// the entry and, transitively, every chunk it imports statically
		const eager = new Set<string>();
		const visit = (name: string) => {
			if (eager.has(name)) return;
			eager.add(name);
			for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
		};
		visit('banshi-form.js');
		const gz = (name: string) => gzipSync(chunks.get(name)?.code ?? '').length;
		const sizes = [...eager].map((name) => ({ name, gzip: gz(name) }));
		const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
		const later = [...chunks.keys()].filter((n) => !eager.has(n)).map((n) => `${n} ${gz(n)}`);

		const list = sizes.map((s) => `${s.name} ${s.gzip}`).join(', ');
		expect(
			total,
			`the widget's first download is ${total} bytes gzip (${list}), over its budget of ` +
				`${BUDGET}: load what is not needed to draw the form on demand (loaded later: ` +
				`${later.join(', ')})`
		).toBeLessThanOrEqual(BUDGET);
		// the compiler stays out: the widget checks with the bundle's precompiled validators
		for (const name of eager) expect(chunks.get(name)?.code).not.toContain('new Function');
	}, 180_000);
});
