// Sharing repeated subschemas must change nothing an applicant or a caller sees: the same verdict
// and the same errors (where, which keyword, which params) for every form, valid or not.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorObject } from 'ajv';
import { compileItem } from '$lib/domain/compile';
import type { Item } from '$lib/domain/item/types';
import { createAjv } from '$lib/domain/validation/ajv';
import { generateForm } from '../../../../bench/form/gen-forms.mjs';
import { SHARED_PREFIX, withSharedSubschemas } from './shared-subschemas';

const seen = ({ instancePath, keyword, params }: ErrorObject) => ({
	instancePath,
	keyword,
	params
});

/** Verdict and errors of `data` under the schema as published and as shared. */
function both(schema: Record<string, unknown>, data: unknown) {
	const run = (s: Record<string, unknown>) => {
		const validate = createAjv('form').compile(s);
		const valid = validate(data);
		return { valid, errors: (validate.errors ?? []).map(seen) };
	};
	return { published: run(schema), shared: run(withSharedSubschemas(schema)) };
}

const address = {
	type: 'object',
	properties: {
		region: { type: 'string', pattern: '^\\d{6}$' },
		line: { type: 'string', minLength: 1, maxLength: 200 }
	},
	required: ['region', 'line']
};
const person = {
	type: 'object',
	properties: {
		name: { type: 'string', minLength: 1 },
		idNumber: { type: 'string', format: 'cn-id-card' },
		home: address
	},
	required: ['name', 'idNumber']
};

describe('withSharedSubschemas', () => {
	it('moves a subschema that occurs more than once to $defs, referenced where it was', () => {
		const schema = {
			$id: 'https://x.invalid/a',
			type: 'object',
			properties: { applicant: person, agent: person, office: address }
		};
		const out = withSharedSubschemas(schema) as unknown as {
			properties: Record<string, unknown>;
			$defs: Record<string, unknown>;
		};
		expect(out.properties.applicant).toEqual(out.properties.agent);
		expect((out.properties.applicant as { $ref: string }).$ref).toMatch(
			new RegExp(`^#/\\$defs/${SHARED_PREFIX}`)
		);
		// address occurs in both persons and on its own: shared too, and referenced from the person
		const names = Object.keys(out.$defs);
		expect(names).toHaveLength(2);
		expect(JSON.stringify(out.$defs)).toContain('"$ref":"#/$defs/');
	});

	it('leaves a schema without repetitions as it is', () => {
		const schema = {
			$id: 'https://x.invalid/b',
			type: 'object',
			properties: { applicant: person }
		};
		expect(withSharedSubschemas(schema)).toBe(schema);
	});

	it('keeps a subschema in place when its meaning depends on where it is', () => {
		const bound = {
			type: 'object',
			properties: { a: { type: 'string' } },
			unevaluatedProperties: false
		};
		const withRef = { type: 'object', properties: { a: { $ref: '#/$defs/code' } } };
		const schema = {
			$id: 'https://x.invalid/c',
			$defs: { code: { type: 'string', pattern: '^\\d+$' } },
			type: 'object',
			properties: { x: bound, y: bound, p: withRef, q: withRef }
		};
		expect(withSharedSubschemas(schema)).toBe(schema);
	});

	it('does not take a $defs name the schema already uses', () => {
		const schema = {
			$id: 'https://x.invalid/d',
			$defs: { [`${SHARED_PREFIX}0`]: { type: 'integer' } },
			type: 'object',
			properties: { n: { $ref: `#/$defs/${SHARED_PREFIX}0` }, a: person, b: person }
		};
		const out = withSharedSubschemas(schema) as unknown as { $defs: Record<string, unknown> };
		expect(out.$defs[`${SHARED_PREFIX}0`]).toEqual({ type: 'integer' });
		expect(Object.keys(out.$defs)).toHaveLength(2);
	});

	it('gives the same verdict and errors on hand-made data', () => {
		const schema = {
			$id: 'https://x.invalid/e',
			type: 'object',
			properties: { applicant: person, agent: person, rows: { type: 'array', items: person } }
		};
		const samples = [
			{ applicant: { name: '张伟', idNumber: '11010519491231002X' }, rows: [] },
			{
				applicant: { name: '', idNumber: '110105194912310021', home: { region: '1101', line: '' } },
				agent: {},
				rows: [{ name: 1 }, {}]
			},
			{ applicant: 'x', agent: null, rows: 'no' }
		];
		for (const data of samples) {
			const { published, shared } = both(schema, data);
			expect(shared).toEqual(published);
		}
	});
});

describe('every template and bench form, shared', () => {
	const templates = join(process.cwd(), 'templates');
	for (const file of readdirSync(templates).filter((f) => f.endsWith('.json'))) {
		it(`${file}: same verdict and errors for an empty form and a wrong-typed one`, () => {
			const bundle = compileItem(JSON.parse(readFileSync(join(templates, file), 'utf8')) as Item);
			const schema = bundle.applicationSchema as Record<string, unknown>;
			for (const data of [{}, { form: {}, materials: {} }, { form: { x: 1 }, materials: [] }]) {
				const { published, shared } = both(schema, data);
				expect(shared).toEqual(published);
			}
		});
	}

	// the benchmark's synthetic forms: sections of every field kind, repeated
	for (const n of [50, 1000]) {
		it(`the ${n}-field bench form: same verdict and errors for its valid and invalid samples`, () => {
			const { schema, valid, invalid } = generateForm(n);
			const s = { ...schema, $id: `https://bench.invalid/form-${n}` };
			const ok = both(s, valid);
			expect(ok.published.valid).toBe(true);
			expect(ok.shared).toEqual(ok.published);
			const bad = both(s, invalid);
			expect(bad.published.errors.length).toBeGreaterThan(0);
			expect(bad.shared).toEqual(bad.published);
		});
	}
});
