import { describe, expect, it } from 'vitest';
import type { OneThing } from '$lib/domain/onething/types';
import {
	acceptAll,
	acceptSuggestion,
	addMember,
	keepApart,
	mapByHand,
	memberFields,
	moveMember,
	parseCondition,
	pending,
	removeMember,
	setCondition,
	setPin,
	toggleMerge
} from './doc';

const doc: OneThing = {
	schemaVersion: 1,
	documentType: 'onething',
	code: 'YJS-TEST',
	name: '开办餐饮店',
	theme: { kind: 'business-event', name: '开办餐馆' },
	leadDepartment: { name: '市场监督管理局', creditCode: '11141000MB0000000X' },
	members: [],
	guide: {
		summary: '',
		process: [],
		jointTimeLimit: { value: 5, unit: 'workday' },
		window: { name: '', address: '', hours: '' },
		consult: { phones: [] }
	}
};
const name = {
	key: 'applicant.name',
	fields: [
		{ member: 'A', path: ['applicant', 'name'] },
		{ member: 'B', path: ['name'] }
	]
};
const uscc = {
	key: 'enterprise.uscc',
	fields: [
		{ member: 'A', path: ['uscc'] },
		{ member: 'C', path: ['credit'] }
	]
};

describe('one-thing edits', () => {
	const three = ['A', 'B', 'C'].reduce((d, c) => addMember(d, c), doc);

	it('adds each member once, following the latest version until pinned', () => {
		expect(addMember(three, 'A').members).toHaveLength(3);
		expect(three.members[0]).toEqual({ code: 'A', pin: 'latest' });
		expect(setPin(three, 'B', 4).members[1]).toEqual({ code: 'B', pin: 4 });
		expect(moveMember(three, 'C', -1).members.map((m) => m.code)).toEqual(['A', 'C', 'B']);
		expect(moveMember(three, 'A', -1)).toBe(three);
	});

	it('sets and clears a condition, refusing text that is not a JSON object', () => {
		const cond = parseCondition('{"properties":{"area":{"minimum":50}}}');
		expect(cond.ok).toBe(true);
		const withCond = setCondition(three, 'C', cond.ok ? cond.value : undefined);
		expect(withCond.members[2].condition).toEqual({ properties: { area: { minimum: 50 } } });
		expect(setCondition(withCond, 'C', undefined).members[2]).toEqual({ code: 'C', pin: 'latest' });
		expect(parseCondition('[1]').ok).toBe(false);
		expect(parseCondition('{oops').ok).toBe(false);
		expect(parseCondition('  ')).toEqual({ ok: true, value: undefined });
	});

	it('accepts a suggestion or keeps it apart, and either way it is no longer pending', () => {
		expect(pending(three, [name, uscc])).toHaveLength(2);
		const accepted = acceptSuggestion(three, name);
		expect(accepted.sharedFields).toEqual([{ key: name.key, fields: name.fields }]);
		expect(pending(accepted, [name, uscc]).map((s) => s.key)).toEqual([uscc.key]);
		const apart = keepApart(accepted, uscc);
		expect(apart.sharedFields?.[1].merge).toBe(false);
		expect(pending(apart, [name, uscc])).toEqual([]);
		expect(toggleMerge(apart, uscc.key).sharedFields?.[1].merge).toBeUndefined();
		expect(acceptAll(three, [name, uscc]).sharedFields?.map((s) => s.key)).toEqual([
			name.key,
			uscc.key
		]);
		// a same-title suggestion is weaker: decided one by one, not by "accept all"
		const titled = { ...uscc, key: 'custom:经营面积', strength: 'title' as const };
		expect(acceptAll(three, [name, titled]).sharedFields?.map((s) => s.key)).toEqual([name.key]);
	});

	it('removing a member takes its fields out of the mappings and drops a mapping left alone', () => {
		const mapped = acceptAll(three, [name, uscc]);
		const without = removeMember(mapped, 'C');
		expect(without.members.map((m) => m.code)).toEqual(['A', 'B']);
		expect(without.sharedFields?.map((s) => s.key)).toEqual([name.key]);
		// a suggestion about a member no longer there is not offered
		expect(pending(removeMember(three, 'C'), [uscc])).toEqual([]);
	});

	it('maps fields by hand under a custom key, across two members at least', () => {
		const d = mapByHand(three, 'shop-area', [
			{ member: 'B', path: ['area'] },
			{ member: 'C', path: ['size'] }
		]);
		expect(d.sharedFields?.[0].key).toBe('custom:shop-area');
		expect(mapByHand(d, '经营面积', d.sharedFields![0].fields).sharedFields?.[1].key).toBe(
			'custom:经营面积'
		);
		expect(() => mapByHand(three, 'x', [{ member: 'B', path: ['a'] }])).toThrow();
		expect(() =>
			mapByHand(three, ' 空格开头', [
				{ member: 'B', path: ['a'] },
				{ member: 'C', path: ['b'] }
			])
		).toThrow();
	});

	it("lists a member's leaf fields with their titles, leaving out materials", () => {
		const fields = memberFields({
			applicationSchema: {
				type: 'object',
				properties: {
					applicant: {
						type: 'object',
						title: '申请人',
						properties: { name: { type: 'string', title: '姓名' } }
					},
					area: { type: 'number', title: '面积' },
					materials: { type: 'object', properties: { m1: { type: 'object' } } }
				}
			}
		});
		expect(fields).toEqual([
			{ path: ['applicant', 'name'], title: '申请人 / 姓名' },
			{ path: ['area'], title: '面积' }
		]);
	});
});
