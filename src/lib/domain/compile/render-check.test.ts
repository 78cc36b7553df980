// Issue 12, item 7: a form that cannot be drawn, or a number JSON cannot hold, never reaches a
// published version.
import { describe, expect, it } from 'vitest';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import { validateItem } from '../item/validate';
import type { Item } from '../item/types';
import { compileItem } from './compile';
import { CompileError } from './errors';
import { checkRenderable } from './render-check';

function compileProblems(item: Item) {
	try {
		compileItem(item, { locale: 'en' });
	} catch (error) {
		if (error instanceof CompileError) return error.problems;
		throw error;
	}
	return [];
}

describe('checkRenderable', () => {
	it('refuses a property that refers back to the whole form, located at the $ref', () => {
		const item = sampleItem() as Item;
		(item.form.schema.properties as Record<string, unknown>).self = { $ref: '#' };
		const problems = compileProblems(item);
		expect(problems.map((p) => [p.pointer, p.code])).toEqual([
			['/form/schema/properties/self/$ref', 'render-cycle']
		]);
		expect(problems[0].message).toMatch(/nest without end/);
	});

	it('refuses a loop through $defs and allOf, and the first choice of oneOf', () => {
		const schema = {
			type: 'object',
			$defs: { a: { allOf: [{ properties: { b: { $ref: '#/$defs/a' } } }] } },
			properties: { x: { $ref: '#/$defs/a' }, y: { oneOf: [{ $ref: '#' }, { type: 'string' }] } }
		};
		expect(checkRenderable(schema, '').map((p) => p.pointer)).toEqual([
			'/properties/x/$ref/allOf/0/properties/b/$ref'
		]);
		const choice = { type: 'object', properties: { y: { oneOf: [{ $ref: '#' }] } } };
		expect(checkRenderable(choice, '').map((p) => p.pointer)).toEqual([
			'/properties/y/oneOf/0/$ref'
		]);
	});

	it('accepts recursion inside a list, which is drawn only as entries are added', () => {
		const tree = {
			type: 'object',
			$defs: {
				node: {
					type: 'object',
					properties: { children: { type: 'array', items: { $ref: '#/$defs/node' } } }
				}
			},
			properties: { root: { $ref: '#/$defs/node' } }
		};
		expect(checkRenderable(tree, '')).toEqual([]);
		expect(compileProblems(sampleItem() as Item)).toEqual([]);
	});
});

describe('numbers JSON cannot hold', () => {
	it('refuses "maximum": 1e400 where it is, instead of storing null', () => {
		const parsed = JSON.parse(
			JSON.stringify(sampleItem()).replace('{"type":"object"', '{"type":"object","maximum":1e400')
		);
		const r = validateItem(parsed, { locale: 'en' });
		expect(r.ok).toBe(false);
		expect(r.problems.map((p) => [p.pointer, p.code])).toContainEqual([
			expect.stringMatching(/\/maximum$/),
			'invalid-number'
		]);
	});
});
