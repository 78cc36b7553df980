import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '$lib/domain/item/types';
import { runtimeValidator } from '$lib/form/validator/runtime';
import { precompiledValidator, type StandaloneValidate } from '$lib/form/validator/precompiled';
import { standaloneModule } from '$lib/form/validator/standalone';
import { errorPointer } from '$lib/form/validator/errors';
import { createAjv } from '$lib/domain/validation/ajv';
import { evaluate } from '$lib/form/validator/evaluate';
import { benchForms, generatedForms } from './forms';

const applicant: JsonSchema = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	type: 'object',
	properties: {
		name: { type: 'string', title: '姓名', minLength: 1 },
		idNumber: { type: 'string', format: 'cn-id-card' },
		birth: { type: 'string', format: 'date' },
		kind: { oneOf: [{ const: '111', title: '居民身份证' }] },
		age: { type: 'integer', minimum: 18 }
	},
	required: ['name', 'idNumber']
};

const pairs = (errors: { pointer: string; keyword: string }[]) =>
	errors.map((e) => `${e.pointer} ${e.keyword}`).sort();

describe('runtimeValidator', () => {
	it('reports a missing field at the field, in Chinese', () => {
		const errors = runtimeValidator(applicant).validate({ idNumber: '11010519491231002X' });
		expect(errors).toEqual([
			expect.objectContaining({ pointer: '/name', keyword: 'required', message: '此项为必填项' })
		]);
	});

	it('explains a wrong ID check digit instead of a bare format error, in either language', () => {
		const data = { name: '张三', idNumber: '110105194912310021' };
		const [zh] = runtimeValidator(applicant).validate(data);
		expect(zh.pointer).toBe('/idNumber');
		expect(zh.message).toMatch(/校验/);
		const [en] = runtimeValidator(applicant, 'en').validate(data);
		expect(en.message).toMatch(/check/i);
	});

	it('localizes the remaining Ajv messages with ajv-i18n', () => {
		const data = { name: '张三', idNumber: '11010519491231002X', age: 3 };
		expect(runtimeValidator(applicant).validate(data)[0].message).toBe('应当为 >= 18');
		expect(runtimeValidator(applicant, 'en').validate(data)[0].message).toBe('must be >= 18');
	});
});

describe('standaloneModule', () => {
	it('generates ESM that validates like the runtime validator, formats included', async () => {
		const code = standaloneModule(applicant, {
			formatsModule: '../../../src/lib/form/validator/formats.ts'
		});
		expect(code).not.toMatch(/require\(|new Function|eval\(/);
		// Inside the repository (git-ignored) so the imports of the generated code resolve.
		const dir = resolve('tests/form/.generated');
		mkdirSync(dir, { recursive: true });
		const file = join(dir, `applicant-${process.pid}.mjs`);
		writeFileSync(file, code);
		let mod: { validate: StandaloneValidate };
		try {
			mod = await import(/* @vite-ignore */ pathToFileURL(file).href);
		} finally {
			rmSync(file);
		}
		const pre = precompiledValidator(mod.validate);
		const run = runtimeValidator(applicant);
		const samples = [
			{ name: '张三', idNumber: '11010519491231002X', birth: '1990-01-01', kind: '111', age: 30 },
			{ idNumber: '110105194912310021', birth: '2023-02-29', kind: '999', age: 'x' },
			{ name: '', idNumber: '11010519491231002x' },
			{}
		];
		for (const data of samples) expect(pre.validate(data)).toEqual(run.validate(data));
		expect(pre.validate(samples[0])).toEqual([]);
		expect(pre.validate(samples[1]).length).toBeGreaterThan(3);
	});
});

describe('conformance with plain Ajv2020 on the benchmark forms', () => {
	for (const form of [...benchForms(), ...generatedForms()]) {
		it(`${form.name}: same errors at the same places`, () => {
			const plain = form.name.startsWith('shared')
				? (() => {
						const ajv = new Ajv2020({ allErrors: true, strict: false });
						addFormats(ajv);
						return ajv;
					})()
				: createAjv('form');
			const fn = plain.compile(form.schema);
			const ours = runtimeValidator(form.schema);
			for (const data of [form.valid, form.invalid]) {
				const ok = fn(data);
				const expected = (fn.errors ?? [])
					.filter((e) => e.keyword !== 'if')
					.map((e) => ({ pointer: errorPointer(e), keyword: e.keyword }));
				const got = ours.validate(data);
				expect(got.length === 0).toBe(ok);
				expect(pairs(got)).toEqual(pairs(expected));
				for (const e of got) expect(e.message).not.toBe('');
			}
			expect(ours.validate(form.valid)).toEqual([]);
			expect(ours.validate(form.invalid).length).toBeGreaterThan(0);
		});
	}
});

describe('condition interpreter (strict-CSP pages)', () => {
	const root: JsonSchema = { $defs: { yes: { const: true } } };
	const conditions: [JsonSchema, unknown][] = [
		[{ properties: { a: { const: 'x' } }, required: ['a'] }, { a: 'x' }],
		[{ properties: { a: { const: 'x' } }, required: ['a'] }, { a: 'y' }],
		[{ properties: { a: { const: 'x' } }, required: ['a'] }, {}],
		[{ properties: { n: { type: 'integer', minimum: 3 } } }, { n: 2 }],
		[
			{ properties: { s: { enum: ['a', 'b'] } }, not: { required: ['t'] } },
			{ s: 'b', t: 1 }
		],
		[{ anyOf: [{ required: ['a'] }, { required: ['b'] }] }, { b: 1 }],
		[{ properties: { f: { $ref: '#/$defs/yes' } } }, { f: false }],
		[{ properties: { p: { pattern: '^\\d{6}$' } } }, { p: '12345' }]
	];
	it('agrees with Ajv on the keywords conditions use', () => {
		const ajv = createAjv('form');
		for (const [schema, data] of conditions) {
			const fn = ajv.compile({ ...schema, $defs: root.$defs });
			expect(evaluate(schema, data, root), JSON.stringify([schema, data])).toBe(fn(data));
		}
	});
});
