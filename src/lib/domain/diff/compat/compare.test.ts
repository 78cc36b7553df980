import { describe, expect, it } from 'vitest';
import { compareSchemas } from './compare';
import { checkPromise } from './promise';
import type { JsonSchema } from './types';

const closed = (props: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
	type: 'object',
	properties: props,
	required,
	additionalProperties: false
});
const open = (props: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
	type: 'object',
	properties: props,
	required
});

describe('compareSchemas', () => {
	it('reports nothing for identical schemas', () => {
		const s = closed({ name: { type: 'string' } });
		expect(compareSchemas(s, structuredClone(s))).toMatchObject({
			verdict: 'none',
			bump: 'none',
			changes: []
		});
	});

	it('adding an optional field to a closed schema is backward but not forward', () => {
		const r = compareSchemas(
			closed({ a: { type: 'string' } }),
			closed({ a: { type: 'string' }, b: { type: 'string' } })
		);
		expect(r.verdict).toBe('backward');
		expect(r.bump).toBe('minor');
		expect(r.changes).toMatchObject([
			{ code: 'field-added', pointer: '/properties/b', field: 'b' }
		]);
	});

	it('adding a constrained optional field to an open schema is forward only', () => {
		const r = compareSchemas(
			open({ a: { type: 'string' } }),
			open({ a: { type: 'string' }, b: { type: 'integer' } })
		);
		expect(r.verdict).toBe('forward');
		expect(r.bump).toBe('major');
		expect(r.changes[0].code).toBe('field-added-open');
	});

	it('removing a field from a closed schema breaks old data', () => {
		const r = compareSchemas(
			closed({ a: { type: 'string' }, b: { type: 'string' } }),
			closed({ a: { type: 'string' } })
		);
		expect(r.verdict).toBe('forward');
		expect(r.changes[0].code).toBe('field-removed');
	});

	it('a renamed field is breaking in both directions', () => {
		const r = compareSchemas(closed({ a: { type: 'string' } }), closed({ b: { type: 'string' } }));
		expect(r.verdict).toBe('breaking');
		expect(r.bump).toBe('major');
	});

	it('judges required, type, enum, bounds, pattern and format', () => {
		const base = closed({ s: { type: 'string', maxLength: 10 }, n: { type: 'number' } });
		const codes = (next: JsonSchema) =>
			compareSchemas(base, next).changes.map((c) => [c.code, c.backward, c.forward]);
		expect(codes(closed(base.properties as never, ['s']))).toEqual([
			['required-added', false, true]
		]);
		expect(codes(closed({ s: { type: 'string', maxLength: 10 }, n: { type: 'integer' } }))).toEqual(
			[['type-narrowed', false, true]]
		);
		expect(codes(closed({ s: { type: 'string', maxLength: 5 }, n: { type: 'number' } }))).toEqual([
			['bound-tightened', false, true]
		]);
		expect(codes(closed({ s: { type: 'string', maxLength: 20 }, n: { type: 'number' } }))).toEqual([
			['bound-loosened', true, false]
		]);
		expect(
			codes(closed({ s: { type: 'string', maxLength: 10, pattern: '^a' }, n: { type: 'number' } }))
		).toEqual([['pattern-added', false, true]]);
		expect(
			codes(
				closed({ s: { type: 'string', maxLength: 10, format: 'email' }, n: { type: 'number' } })
			)
		).toEqual([['format-added', false, true]]);
	});

	it('treats oneOf code lists like enums', () => {
		const list = (...codes: string[]) => ({ oneOf: codes.map((c) => ({ const: c, title: c })) });
		const r = compareSchemas(closed({ k: list('a', 'b') }), closed({ k: list('a', 'b', 'c') }));
		expect(r.changes).toMatchObject([{ code: 'enum-value-added', backward: true, forward: false }]);
	});

	it('reports a relabelled option of a code list as an annotation', () => {
		const list = (label: string) => ({
			oneOf: [
				{ const: 'p', title: '个人' },
				{ const: 'c', title: label }
			]
		});
		const r = compareSchemas(closed({ k: list('单位') }), closed({ k: list('法人或其他组织') }));
		expect(r).toMatchObject({ verdict: 'both', bump: 'patch' });
		expect(r.changes[0].reason).toBe('选项 "c" 的名称由「单位」改为「法人或其他组织」');
	});

	it('says "无法判定" for a changed if-condition instead of guessing', () => {
		const r = compareSchemas(
			{ if: { properties: { t: { const: 1 } } }, then: { required: ['x'] } },
			{ if: { properties: { t: { const: 2 } } }, then: { required: ['x'] } }
		);
		expect(r.verdict).toBe('breaking');
		expect(r.changes[0].reason).toContain('无法判定');
	});

	it('claims nothing for keys that patternProperties also governs', () => {
		const withPattern = (props: Record<string, JsonSchema>): JsonSchema => ({
			...closed(props),
			patternProperties: { '^x-': { type: 'integer' } }
		});
		const r = compareSchemas(
			withPattern({ a: { type: 'string' } }),
			withPattern({ a: { type: 'string' }, 'x-b': { type: 'string' } })
		);
		expect(r.changes).toMatchObject([{ code: 'undecidable', backward: false, forward: false }]);
	});

	it('follows local $refs and survives cycles', () => {
		const tree = (extra: JsonSchema): JsonSchema => ({
			$defs: {
				node: {
					type: 'object',
					properties: {
						name: { type: 'string', ...extra },
						children: { type: 'array', items: { $ref: '#/$defs/node' } }
					},
					additionalProperties: false
				}
			},
			$ref: '#/$defs/node'
		});
		const r = compareSchemas(tree({}), tree({ maxLength: 5 }));
		expect(r.verdict).toBe('forward');
		expect(r.changes[0].pointer).toBe('/properties/name/maxLength');
	});

	it('annotation-only changes are a patch', () => {
		const r = compareSchemas(
			closed({ a: { type: 'string', title: '姓名' } }),
			closed({ a: { type: 'string', title: '申请人姓名', description: '与身份证一致' } })
		);
		expect(r).toMatchObject({ verdict: 'both', bump: 'patch' });
	});
});

describe('checkPromise', () => {
	it('checks the next schema against every earlier version', () => {
		const v1 = closed({ a: { type: 'string' }, b: { type: 'string' } });
		const v2 = closed({ a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } });
		// v3 drops b: fine against nothing but v1/v2 data carrying b is rejected.
		const v3 = closed({ a: { type: 'string' }, c: { type: 'string' } });
		expect(checkPromise('backward', [v1], v2).ok).toBe(true);
		const r = checkPromise('backward', [v1, v2], v3);
		expect(r.ok).toBe(false);
		expect(r.violations.map((v) => v.against)).toEqual([0, 1]);
		expect(checkPromise('none', [v1, v2], v3).ok).toBe(true);
		expect(checkPromise('full', [v1], v2).ok).toBe(false);
	});
});
