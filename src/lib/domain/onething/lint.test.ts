import { describe, expect, it } from 'vitest';
import { memberBundles, restaurant } from '../../../../tests/fixtures/onething-restaurant';
import { lintOneThing } from './lint';

describe('lintOneThing', () => {
	const members = memberBundles();
	const [ib, food, hygiene] = members.map((m) => m.bundle);

	it('finds nothing wrong with the restaurant one-thing', () => {
		expect(lintOneThing(restaurant(), members)).toEqual([]);
	});

	it('refuses a joint time limit longer than every member promises, with the fix', () => {
		const doc = restaurant();
		doc.guide.jointTimeLimit = { value: 15, unit: 'workday' };
		const [f] = lintOneThing(doc, members);
		expect(f).toMatchObject({
			rule: 'onething-joint-time-limit',
			severity: 'error',
			pointer: '/guide/jointTimeLimit'
		});
		expect(f.message).toContain('10 个工作日');
		expect(f.fix?.patch).toEqual([
			{ op: 'replace', path: '/guide/jointTimeLimit/value', value: 10 }
		]);
		doc.guide.jointTimeLimit = { value: 15, unit: 'day' };
		expect(lintOneThing(doc, members)[0].severity).toBe('warning');
	});

	it('tells an unpublished member from one that does not exist', () => {
		const unpublished = lintOneThing(restaurant(), members.slice(0, 2), {
			existing: [ib.code, food.code, hygiene.code]
		});
		expect(unpublished).toEqual([
			expect.objectContaining({ rule: 'onething-member', pointer: '/members/2/code' })
		]);
		expect(unpublished[0].message).toMatch(/尚未发布/);
		const unknown = lintOneThing(restaurant(), members.slice(0, 2), {
			existing: [],
			locale: 'en'
		});
		expect(unknown[0].message).toMatch(/does not exist/);
	});

	it('warns when the lead department implements none of the members', () => {
		const doc = restaurant({
			leadDepartment: { name: '示范市发展和改革委员会', creditCode: '11410100005803111X' }
		});
		const f = lintOneThing(doc, members).find((x) => x.rule === 'onething-lead-department');
		expect(f?.severity).toBe('warning');
		expect(f?.message).toContain('示范市卫生健康委员会');
	});

	it('reports conflicts at the mapping or member they concern', () => {
		const doc = restaurant({
			sharedFields: [
				{
					key: 'custom:经营场所',
					fields: [
						{ member: food.code, path: ['business', 'premises'] },
						{ member: hygiene.code, path: ['staff'] }
					]
				}
			]
		});
		const f = lintOneThing(doc, members).filter((x) => x.rule === 'onething-conflict');
		expect(f.map((x) => x.pointer)).toEqual(['/sharedFields/0']);
	});
});
