// The benchmark forms the conformance tests run on: the shared ones (SHARED_DIR, default ../shared
// next to the repository) when present, else the repository's own generated item forms.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateForm } from '../../bench/form/gen-forms.mjs';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';

export interface BenchForm {
	name: string;
	schema: JsonSchema;
	uiSchema: UiSchema;
	valid: unknown;
	invalid: unknown;
}

export function benchForms(): BenchForm[] {
	const dir = resolve(
		process.env.SHARED_DIR ?? resolve(process.cwd(), '../shared'),
		'bench/schemas'
	);
	const sizes = [50, 200, 1000];
	if (sizes.every((n) => existsSync(join(dir, `form-${n}.json`)))) {
		return sizes.map((n) => ({
			name: `shared form-${n}`,
			...JSON.parse(readFileSync(join(dir, `form-${n}.json`), 'utf8'))
		}));
	}
	return sizes.map((n) => ({ name: `generated form-${n}`, ...generateForm(n) }));
}

export function generatedForms(): BenchForm[] {
	return [50, 200].map((n) => ({ name: `generated form-${n}`, ...generateForm(n) }));
}
