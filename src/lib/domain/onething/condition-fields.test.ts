import { describe, expect, it } from 'vitest';
import { writeCondition } from '../conditions';
import {
	memberBundles,
	memberSamples,
	restaurant
} from '../../../../tests/fixtures/onething-restaurant';
import { compileOneThing } from './compile';
import { memberConditionFields } from './condition-fields';
import { decideOneThing } from './decide';
import { mergeSubmissions } from './slice';

describe('the fields a member condition may test', () => {
	const { bundle } = compileOneThing(restaurant(), memberBundles());

	it('are the shared fields of the merged form, not a member section or the materials', () => {
		const fields = memberConditionFields(bundle);
		expect(fields.length).toBeGreaterThan(0);
		for (const f of fields) {
			expect(f.path[0]).toBe('shared');
			expect(f.section).toBe(false);
		}
		expect(fields.map((f) => f.key)).toContain('shared.mobile');
		expect(memberConditionFields(null)).toEqual([]);
	});

	it('a condition built over a shared field decides whether the member applies', () => {
		const field = memberConditionFields(bundle).find((f) => f.key === 'shared.mobile')!;
		const condition = writeCondition('when', {
			field: field.path,
			op: 'equals',
			value: '13800000001'
		});
		const doc = restaurant();
		const hygiene = doc.members[2].code;
		doc.members[2] = { ...doc.members[2], condition };
		const compiled = compileOneThing(doc, memberBundles()).bundle!;
		const merged = mergeSubmissions(compiled, memberSamples());
		const applies = (mobile: string) => {
			const form = { ...merged.form, shared: { ...(merged.form.shared as object), mobile } };
			const d = decideOneThing(compiled, { ...merged, form }, { date: '2026-03-02' });
			return d.members.find((m) => m.code === hygiene)!.applies;
		};
		expect(applies('13800000001')).toBe(true);
		expect(applies('13900000002')).toBe(false);
	});
});
