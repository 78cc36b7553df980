import { describe, expect, it } from 'vitest';
import {
	memberBundles,
	memberSamples,
	restaurant,
	templateItem
} from '../../../../tests/fixtures/onething-restaurant';
import { compileItem } from '../compile';
import { compileOneThing } from '../onething/compile';
import { decideOneThing } from '../onething/decide';
import { mergeSubmissions } from '../onething/slice';
import { noticeHtml } from './html';
import { oneThingNoticeOf } from './onething';

describe('the combined one-time notice of a 一件事', () => {
	const members = memberBundles();
	const [ib, food, hygiene] = members.map((m) => m.bundle);
	const { bundle } = compileOneThing(restaurant(), members);
	const date = '2026-03-02';

	it('lists each member verdict and every document to supply once, with the one deadline', () => {
		const s = mergeSubmissions(bundle!, memberSamples());
		delete s.materials['site-plan'];
		s.commitment = true;
		const d = decideOneThing(bundle!, s, { date });
		expect(d.decision).toBe('accept-with-tolerance');
		const n = oneThingNoticeOf(bundle!, d, { date, form: s.form });
		expect(n.title).toBe('一件事容缺受理通知书');
		expect(n.department.name).toBe('示范市市场监督管理局');
		expect(n.addressee).toBe('示范市金水区芳芳花店：');
		const verdicts = n.lists.find((l) => l.role === 'members')!.entries.map((e) => e.text);
		expect(verdicts).toEqual([
			`${ib.name}（${ib.department.name}）：受理`,
			`${food.name}（${food.department.name}）：容缺受理`,
			`${hygiene.name}（${hygiene.department.name}）：容缺受理`
		]);
		// both licences tolerate the site plan: one entry
		const tolerated = n.lists.find((l) => l.role === 'tolerated')!.entries;
		expect(tolerated).toHaveLength(1);
		expect(n.supplementDeadline).toBe(d.supplementDeadline);
		expect(n.closing.filter((c) => c.startsWith('补齐期限'))).toHaveLength(1);
	});

	it('lists what to correct once and escapes every text', () => {
		const s = mergeSubmissions(bundle!, memberSamples());
		(s.form.shared as Record<string, unknown>)['legal-representative-id-number'] =
			'<b>410105198709234025';
		(s.form.shared as Record<string, unknown>)['business-name'] = '<script>alert(1)</script>店';
		const d = decideOneThing(bundle!, s, { date, locale: 'en' });
		expect(d.decision).toBe('supplement');
		const n = oneThingNoticeOf(bundle!, d, { date, form: s.form, locale: 'en' });
		const corrections = n.lists.find((l) => l.role === 'corrections')!.entries;
		// the ID number is wrong for all three members: said once
		expect(corrections.filter((e) => /ID/i.test(e.text))).toHaveLength(1);
		const html = noticeHtml(n);
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;');
		expect(html).toContain('data-list="members"');
	});

	it('refuses the whole application when a member refuses, with that member named and the remedies', () => {
		const item = templateItem('public-place-hygiene-licence');
		const text = '申请事项不属于本机关职权范围';
		item.guide.refusalCases = [...(item.guide.refusalCases ?? []), text];
		item.refusals = [
			{
				id: 'not-ours',
				text,
				condition: {
					properties: { venue: { properties: { floors: { minimum: 100 } }, required: ['floors'] } },
					required: ['venue']
				}
			}
		];
		const withRefusal = [members[0], members[1], { version: 1, bundle: compileItem(item) }];
		const compiled = compileOneThing(restaurant(), withRefusal).bundle!;
		const s = mergeSubmissions(compiled, memberSamples(withRefusal.map((m) => m.bundle)));
		(s.form[hygiene.code] as Record<string, Record<string, unknown>>).venue.floors = 120;
		const d = decideOneThing(compiled, s, { date });
		expect(d.decision).toBe('reject');
		expect(d.members.map((m) => m.decision?.decision)).toEqual(['accept', 'accept', 'reject']);
		const n = oneThingNoticeOf(compiled, d, { date, form: s.form });
		expect(n.title).toBe('一件事不予受理决定书');
		expect(n.lists.find((l) => l.role === 'refusals')?.entries).toEqual([
			{ text, note: hygiene.name }
		]);
		expect(n.remedies?.lines.length).toBe(2);
	});
});
