import { describe, expect, it } from 'vitest';
import { memberBundles, restaurant } from '../../../../tests/fixtures/onething-restaurant';
import { compileOneThing } from './compile';
import { diffOneThings } from './diff';

describe('diffOneThings', () => {
	const members = memberBundles();
	const [ib, food] = members.map((m) => m.bundle);

	it('says nothing changed for the same document', () => {
		const r = diffOneThings(restaurant(), restaurant());
		expect(r.summary).toEqual({ total: 0, headline: '两个版本没有差异' });
	});

	it('tells members added, removed and re-pinned, mappings and the guide, located', () => {
		const before = restaurant();
		const after = restaurant({
			members: [
				{ code: ib.code, pin: 2 },
				{ code: food.code, pin: 1 },
				{ code: 'NEW-ITEM', pin: 'latest' }
			],
			sharedFields: [
				{
					key: 'mobile',
					merge: false,
					fields: [{ member: food.code, path: ['applicant', 'mobile'] }]
				}
			]
		});
		after.guide.jointTimeLimit = { value: 5, unit: 'workday' };
		after.guide.summary = before.guide.summary + '全程网办。';
		const r = diffOneThings(before, after);
		const codes = Object.values(r.groups)
			.flat()
			.map((c) => c.code);
		expect(codes).toEqual(
			expect.arrayContaining([
				'member.removed',
				'member.added',
				'member.pin',
				'mapping.added',
				'guide.jointTimeLimit',
				'guide.summary'
			])
		);
		const pin = r.groups.members.find((c) => c.code === 'member.pin')!;
		expect(pin.sentence).toBe(`成员事项 ${ib.code} 的版本由 第 1 版 改为 第 2 版`);
		expect(pin.pointers).toEqual({ old: '/members/0/pin', new: '/members/0/pin' });
		expect(r.groups.members.find((c) => c.code === 'member.removed')?.pointers.old).toBe(
			'/members/2'
		);
		expect(
			r.groups.guide.find((c) => c.code === 'guide.summary')?.textDiff?.some((p) => p.added)
		).toBe(true);
		expect(r.summary.headline).toMatch(/^共 \d+ 处修改/);
	});

	it('tells which fields the merged form shares now, given both compilations', () => {
		const before = restaurant();
		const after = restaurant({
			sharedFields: [{ key: 'credit-code', merge: false, fields: [] }]
		});
		const r = diffOneThings(before, after, {
			locale: 'en',
			mappings: {
				old: compileOneThing(before, members).mappings,
				new: compileOneThing(after, members).mappings
			}
		});
		expect(r.groups.mappings.map((c) => c.code)).toEqual(['mapping.added']);
		const dropped = diffOneThings(before, before, {
			mappings: {
				old: compileOneThing(before, members).mappings,
				new: compileOneThing(before, members).mappings.filter((m) => m.key !== 'region')
			}
		});
		expect(dropped.groups.mappings[0].sentence).toBe('合并后的表单不再共享「住所所在行政区划」');
	});
});
