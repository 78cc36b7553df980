// The compatibility rules checked against data: what the rules call backward compatible must accept
// every sample valid under the old schema, and likewise forward; where a direction is really broken
// the samples must also find the counterexample, so the rules cannot pass by always saying "breaking".
import { describe, expect, it } from 'vitest';
import tpl from '../../../../../templates/wild-plant-collection.json';
import { compileItem } from '../../compile';
import type { Item } from '../../item/types';
import { resolvePointer } from '../../pointer';
import { compareSchemas } from './compare';
import { PAIRS, type Pair } from '../../../../../tests/fixtures/compat/pairs';
import { samplesOf, validator } from '../../../../../tests/fixtures/compat/sampler';
import type { JsonSchema } from './types';

function crossCheck(pair: Pair) {
	const result = compareSchemas(pair.old, pair.new);
	const backward = result.changes.every((c) => c.backward);
	const forward = result.changes.every((c) => c.forward);
	const fromOld = samplesOf(pair.old, pair.new, 50, 1);
	const fromNew = samplesOf(pair.new, pair.old, 50, 2);
	const validNew = validator(pair.new);
	const validOld = validator(pair.old);
	const all = (s: { generated: unknown[]; mutated: unknown[] }) => [...s.generated, ...s.mutated];
	return {
		result,
		backward,
		forward,
		fromOld,
		fromNew,
		oldRejectedByNew: all(fromOld).filter((d) => !validNew(d)),
		newRejectedByOld: all(fromNew).filter((d) => !validOld(d))
	};
}

describe('compatibility rules against generated data', () => {
	it('covers at least 25 pairs', () => expect(PAIRS.length).toBeGreaterThanOrEqual(25));

	for (const pair of PAIRS) {
		it(pair.name, () => {
			const r = crossCheck(pair);
			expect(r.result.verdict).toBe(pair.verdict);
			expect(r.fromOld.generated.length).toBeGreaterThanOrEqual(50);
			expect(r.fromNew.generated.length).toBeGreaterThanOrEqual(50);
			if (r.backward) expect(r.oldRejectedByNew).toEqual([]);
			if (r.forward) expect(r.newRejectedByOld).toEqual([]);
			const cx = pair.counterexample ?? [];
			expect(r.oldRejectedByNew.length > 0).toBe(cx.includes('backward'));
			expect(r.newRejectedByOld.length > 0).toBe(cx.includes('forward'));
		});
	}
});

describe('a template item with controlled edits', () => {
	const base = tpl as unknown as Item;
	const SPECIES = '/properties/collection/properties/species';
	const speciesOf = (item: Item) =>
		resolvePointer(compileItem(item).applicationSchema, SPECIES) as JsonSchema;
	const props = (item: Item) =>
		(
			(item.form.schema.properties as JsonSchema).collection as {
				properties: Record<string, JsonSchema>;
			}
		).properties.species.items as { properties: Record<string, JsonSchema> };

	const edits: [string, (item: Item) => void, Pair['verdict'], ('backward' | 'forward')[]][] = [
		[
			'latin name shortened to 5 characters',
			(i) => void (props(i).properties.latinName.maxLength = 5),
			'forward',
			['backward']
		],
		[
			'a new unit 克 offered',
			(i) => void (props(i).properties.unit.enum as string[]).push('克'),
			'backward',
			['forward']
		],
		[
			'collected part no longer offers 根',
			(i) => void (props(i).properties.part.enum = ['全株', '种子', '果实', '枝条（插穗）', '叶']),
			'forward',
			['backward']
		]
	];

	for (const [name, edit, verdict, cx] of edits) {
		it(name, () => {
			const next = structuredClone(base);
			edit(next);
			// the verdict is judged on the whole compiled schema; the data on the part that changed
			const whole = compareSchemas(
				compileItem(base).applicationSchema,
				compileItem(next).applicationSchema
			);
			expect(whole.verdict).toBe(verdict);
			const r = crossCheck({
				name,
				old: speciesOf(base),
				new: speciesOf(next),
				verdict,
				counterexample: cx
			});
			expect(r.result.verdict).toBe(verdict);
			expect(r.fromOld.generated.length).toBeGreaterThanOrEqual(50);
			expect(r.fromNew.generated.length).toBeGreaterThanOrEqual(50);
			if (r.backward) expect(r.oldRejectedByNew).toEqual([]);
			if (r.forward) expect(r.newRejectedByOld).toEqual([]);
			expect(r.oldRejectedByNew.length > 0).toBe(cx.includes('backward'));
			expect(r.newRejectedByOld.length > 0).toBe(cx.includes('forward'));
		});
	}
});
