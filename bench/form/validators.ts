// The bench forms' precompiled validator modules, as the portal publishes one per version
// (src/lib/portal/server/validator-module.ts): the page imports bench/form/dist/validators/form-N.js
// beside the schema instead of compiling the schema in the browser, as a portal page does.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import standaloneCode from 'ajv/dist/standalone';
import { createAjv } from '../../src/lib/domain/validation/ajv';

/** Writes validators/form-N.js under `out` for every schemas/form-N.json. */
export function writeValidatorModules(schemasDir: string, out: string): void {
	mkdirSync(join(out, 'validators'), { recursive: true });
	for (const file of readdirSync(schemasDir).filter((f) => /^form-\d+\.json$/.test(f))) {
		const { schema } = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as {
			schema: Record<string, unknown>;
		};
		const ajv = createAjv('standalone', { formats: { variable: 'fmts' } });
		const id = `https://bench.invalid/${file}`;
		ajv.addSchema({ ...schema, $id: id });
		// the module shape the portal serves (format 2), with the form as both checks it names
		const body = standaloneCode(ajv, { application: id, complete: id });
		const code = [
			'export const format = 2;',
			'export const hash = "bench";',
			'export const conditions = [];',
			'export const refusals = [];',
			'export function create(fmts, require) {',
			'const exports = {};',
			body,
			'return exports;',
			'}',
			''
		].join('\n');
		writeFileSync(join(out, 'validators', file.replace(/\.json$/, '.js')), code);
	}
}
