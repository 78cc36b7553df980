import { describe, expect, it } from 'vitest';
import { memberBundles, restaurant } from '../../../../tests/fixtures/onething-restaurant';
import { suggestSharedFields } from './suggest';

describe('suggestSharedFields', () => {
	const members = memberBundles();
	const [ib, food, hygiene] = members.map((m) => m.bundle);

	it('suggests equal semantic keys first, each with its reason', () => {
		const s = suggestSharedFields(restaurant(), members);
		const id = s.find((x) => x.key === 'legal-representative-id-number')!;
		expect(id.strength).toBe('key');
		expect(id.fields.map((f) => f.member)).toEqual([ib.code, food.code, hygiene.code]);
		expect(id.reason).toContain('法定代表人');
		expect(id.decided).toBe(false);
	});

	it('suggests unmarked fields with the same title and format as weaker candidates', () => {
		const s = suggestSharedFields(restaurant(), members, { locale: 'en' });
		const postcode = s.find((x) => x.key === 'custom:邮政编码' && x.strength === 'title');
		expect(postcode?.fields.map((f) => f.path.join('.'))).toEqual(
			expect.arrayContaining(['applicant.postcode'])
		);
		expect(postcode?.reason).toMatch(/same format \(cn-postcode\)/);
		// marked fields are not suggested again by title
		expect(s.filter((x) => x.strength === 'title').flatMap((x) => x.fields)).not.toContainEqual(
			expect.objectContaining({ member: food.code, path: ['applicant', 'idNumber'] })
		);
	});

	it('says which suggestions the document has already decided', () => {
		const doc = restaurant({
			sharedFields: [
				{
					key: 'mobile',
					merge: false,
					fields: [{ member: food.code, path: ['applicant', 'mobile'] }]
				}
			]
		});
		expect(suggestSharedFields(doc, members).find((x) => x.key === 'mobile')?.decided).toBe(true);
	});
});
