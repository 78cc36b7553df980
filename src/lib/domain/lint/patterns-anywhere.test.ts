// Issue 12, item 6: a pattern is checked wherever it is in the document — a material condition is
// evaluated by portals on every submission just as the form is.
import { describe, expect, it } from 'vitest';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import type { Item } from '../item/types';
import { lintItem } from './index';

const redos = (item: Item) =>
	lintItem(item, { locale: 'en' })
		.filter((f) => f.rule === 'form-pattern-redos' || f.rule === 'form-pattern-invalid')
		.map((f) => [f.rule, f.pointer]);

describe('patterns anywhere in the document', () => {
	it('finds a catastrophic pattern in a material condition, located there', () => {
		const item = sampleItem() as Item;
		item.materials[0].condition = {
			properties: { x: { type: 'string', pattern: '^(a+)+$' } },
			patternProperties: { '^(x+x+)+y$': true }
		};
		expect(redos(item)).toEqual(
			expect.arrayContaining([
				['form-pattern-redos', '/materials/0/condition/properties/x/pattern'],
				['form-pattern-redos', '/materials/0/condition/patternProperties/^(x+x+)+y$']
			])
		);
		expect(redos(item)).toHaveLength(2);
	});

	it('finds an invalid pattern in a condition nested under allOf', () => {
		const item = sampleItem() as Item;
		item.materials[1].condition = { allOf: [{ properties: { y: { pattern: '([' } } }] };
		expect(redos(item)).toEqual([
			['form-pattern-invalid', '/materials/1/condition/allOf/0/properties/y/pattern']
		]);
	});

	it('finds a catastrophic pattern in a refusal condition, located there', () => {
		const item = sampleItem() as Item;
		item.refusals = [
			{
				id: 'r1',
				text: item.guide.refusalCases![0],
				condition: { properties: { name: { type: 'string', pattern: '^(a|aa)+$' } } }
			}
		];
		expect(redos(item)).toEqual([
			['form-pattern-redos', '/refusals/0/condition/properties/name/pattern']
		]);
	});
});
