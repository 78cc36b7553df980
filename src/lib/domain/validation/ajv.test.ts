import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import standaloneCode from 'ajv/dist/standalone';
import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv';

const idCard = { type: 'string', format: 'cn-id-card' };

describe('createAjv profiles', () => {
	it('meta: every error, with the failing schema, and the editor hints as a known keyword', () => {
		const validate = createAjv('meta').compile({
			type: 'object',
			properties: {
				kind: { enum: ['a', 'b'], markdownEnumDescriptions: ['甲', '乙'] },
				n: { type: 'integer' }
			}
		});
		expect(validate({ kind: 'c', n: 1.5 })).toBe(false);
		expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(['enum', 'type']);
		expect(validate.errors?.every((e) => e.parentSchema !== undefined)).toBe(true);
	});

	it('form: annotations pass, every error is reported, the cn-* formats are known', () => {
		const validate = createAjv('form').compile({
			type: 'object',
			'x-note': 'kept',
			enumNames: ['ignored'],
			properties: { id: idCard, age: { type: 'integer' } }
		});
		expect(validate({ id: '110105198506151234', age: 'x' })).toBe(false);
		expect(validate.errors).toHaveLength(2);
	});

	it('api: strict about the schema, every error about the body', () => {
		expect(() => createAjv('api').compile({ type: 'object', requird: ['a'] })).toThrow();
		const validate = createAjv('api').compile({
			type: 'object',
			required: ['a', 'b'],
			properties: { a: { type: 'string' }, b: idCard }
		});
		expect(validate({})).toBe(false);
		expect(validate.errors).toHaveLength(2);
	});

	it('standalone: source code that takes its formats from a module or a variable', () => {
		const schema = { type: 'object', properties: { id: idCard } };
		const fromModule = createAjv('standalone', { formats: { module: './formats.js' }, esm: true });
		const esm = standaloneCode(fromModule, fromModule.compile(schema));
		expect(esm).toContain('require("./formats.js").formats');
		expect(esm).toContain('export const validate');
		const fromVariable = createAjv('standalone', { formats: { variable: 'fmts' } });
		const cjs = standaloneCode(fromVariable, fromVariable.compile(schema));
		expect(cjs).toMatch(/\bfmts\[?/);
		expect(cjs).not.toContain('require("./formats.js")');
	});
});

// Ajv is configured in one place: no other source file constructs it or registers formats or
// translations on it (tests that play a third-party portal with plain Ajv are not source).
describe('one Ajv setup', () => {
	const root = join(process.cwd(), 'src');
	const files = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
			d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]
		);
	const own = join('src', 'lib', 'domain', 'validation');

	it('is createAjv', () => {
		const offenders = files(root)
			.filter((f) => /\.(ts|js|svelte)$/.test(f) && !/\.test\.ts$/.test(f))
			.filter((f) => !f.includes(own))
			.filter((f) =>
				readFileSync(f, 'utf8')
					.split('\n')
					.filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
					.some((line) => /new Ajv|from 'ajv-formats|from 'ajv-i18n|\bAjv2020\(/.test(line))
			)
			.map((f) => f.slice(process.cwd().length + 1));
		expect(offenders).toEqual([]);
	});
});
