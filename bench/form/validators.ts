// The bench forms' precompiled validator modules, made by the portal's own module builder
// (src/lib/portal/server/validator-module.ts): the page imports bench/form/dist/validators/form-N.js
// beside the schema instead of compiling the schema in the browser, as a portal page does. A bench
// form is no published bundle, so the module holds its every-error form check only; a portal
// module adds the verdicts and conditions (answering yes or no, far smaller).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	VALIDATOR_MODULE_FORMAT,
	formCheckCode,
	moduleSource
} from '../../src/lib/portal/server/validator-module';

/** Writes validators/form-N.js under `out` for every schemas/form-N.json. */
export function writeValidatorModules(schemasDir: string, out: string): void {
	mkdirSync(join(out, 'validators'), { recursive: true });
	for (const file of readdirSync(schemasDir).filter((f) => /^form-\d+\.json$/.test(f))) {
		const { schema } = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as {
			schema: Record<string, unknown>;
		};
		const id = `https://bench.invalid/${file}`;
		// the module shape the portal serves, with the form as both checks it names (the second an
		// alias, as the builder makes one for a function two names share)
		const code = moduleSource(
			`Bench validators of ${file}.`,
			{
				format: VALIDATOR_MODULE_FORMAT,
				hash: 'bench',
				conditions: [],
				refusals: [],
				split: false,
				formImplied: false
			},
			[formCheckCode({ ...schema, $id: id }, ['application', 'complete'])]
		);
		writeFileSync(join(out, 'validators', file.replace(/\.json$/, '.js')), code);
	}
}
