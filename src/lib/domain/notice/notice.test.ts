// The four notices over the food business licence template: each carries the parts the window must
// hand out for its verdict, in Chinese and in English, and the printable HTML never lets an
// entered value become markup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '../acceptance';
import { compileItem } from '../compile';
import type { Item } from '../item/types';
import { SAMPLES, fileRef } from '../../../../tests/fixtures/template-samples';
import { applicantNameOf, noticeHtml, noticeOf } from '.';

const DATE = '2026-03-02';
const template = (): Item =>
	JSON.parse(readFileSync('templates/food-business-licence.json', 'utf8')) as Item;
const complete = () => {
	const materials: Record<string, unknown> = {};
	for (const id of ['application-form', 'layout-plan', 'equipment-list', 'safety-rules'])
		materials[id] = fileRef(id);
	return { form: structuredClone(SAMPLES['food-business-licence']), materials };
};
function noticeFor(submission: object, item = template(), locale: 'zh-CN' | 'en' = 'zh-CN') {
	const bundle = compileItem(item);
	const decision = decide(bundle, submission, DATE, { locale });
	const form = (submission as { form?: unknown }).form;
	return { bundle, decision, notice: noticeOf(bundle, decision, { date: DATE, form, locale }) };
}

describe('notices', () => {
	it('受理通知书: accepted, with the department, the item code and the promised time limit', () => {
		const { bundle, notice } = noticeFor({ ...complete(), commitment: false });
		expect(notice.kind).toBe('accept');
		expect(notice.title).toBe('受理通知书');
		expect(notice.department.name).toBe(bundle.department.name);
		expect(notice.item.line).toContain(bundle.code);
		expect(notice.body.join('')).toContain('予以受理');
		expect(notice.closing.join('')).toContain('承诺办结时限');
		expect(notice.date).toBe('2026年3月2日');
		expect(notice.addressee).toBe(`${applicantNameOf(complete().form)}：`);
		expect(notice.remedies).toBeUndefined();
	});

	it('容缺受理通知书: the tolerated material with its deadline, the commitment and the deadline', () => {
		const s = complete();
		delete s.materials['layout-plan'];
		const { bundle, decision, notice } = noticeFor({ ...s, commitment: true });
		expect(notice.kind).toBe('accept-with-tolerance');
		expect(notice.title).toBe('容缺受理通知书');
		const tolerated = notice.lists.find((l) => l.role === 'tolerated');
		expect(tolerated?.entries.map((e) => e.text)).toEqual(decision.tolerated.map((m) => m.name));
		expect(tolerated?.entries[0].note).toMatch(/\d{4}年\d+月\d+日前补齐/);
		expect(notice.supplementDeadline).toBe(decision.supplementDeadline);
		expect(notice.commitment).toBe(bundle.tolerance.commitmentText);
		expect(notice.closing.join('\n')).toContain(bundle.tolerance.commitmentText);
	});

	it('一次性告知（补正）通知书: every missing material and every field to correct, at once', () => {
		const s = complete();
		delete s.materials['layout-plan'];
		delete s.materials['safety-rules'];
		const { decision, notice } = noticeFor({ form: {}, materials: s.materials, commitment: false });
		expect(notice.kind).toBe('supplement');
		expect(notice.title).toBe('一次性告知（补正）通知书');
		const materials = notice.lists.find((l) => l.role === 'materials');
		expect(materials?.entries.map((e) => e.text)).toEqual(decision.missing.map((m) => m.name));
		const corrections = notice.lists.find((l) => l.role === 'corrections');
		expect(corrections?.entries).toHaveLength(decision.errors.length);
		expect(decision.errors.length).toBeGreaterThan(0);
		// no applicant name in an empty form: a blank to write it on
		expect(notice.addressee).toBe('＿＿＿＿＿＿＿＿：');
	});

	it('不予受理决定书: the reason and the remedies (行政复议 60 日, 行政诉讼 6 个月)', () => {
		const item = template();
		item.refusals = [
			{
				id: 'online',
				text: item.guide.refusalCases![0],
				condition: { properties: { business: { properties: { onlineSales: { const: true } } } } }
			}
		];
		const s = complete();
		(s.form.business as Record<string, unknown>).onlineSales = true;
		const { notice } = noticeFor({ ...s, commitment: false }, item);
		expect(notice.kind).toBe('reject');
		expect(notice.title).toBe('不予受理决定书');
		expect(notice.lists[0].entries[0].text).toBe(item.guide.refusalCases![0]);
		expect(notice.remedies?.lines.join('')).toMatch(/六十日内.*行政复议/);
		expect(notice.remedies?.lines.join('')).toMatch(/六个月内.*行政诉讼/);
	});

	it('speaks English when asked', () => {
		const { notice } = noticeFor({ ...complete(), commitment: false }, template(), 'en');
		expect(notice.title).toBe('Notice of Acceptance');
		expect(notice.date).toBe(DATE);
	});
});

describe('noticeHtml', () => {
	it('is a standalone A4 document with the notice, its seal area and the department', () => {
		const { bundle, notice } = noticeFor({ ...complete(), commitment: false });
		const html = noticeHtml(notice);
		expect(html).toMatch(/^<!doctype html>/);
		expect(html).toContain('size: A4');
		expect(html).toContain('<h1>受理通知书</h1>');
		expect(html).toContain('（印章）');
		expect(html).toContain(bundle.department.name);
	});

	it('escapes every text: an entered name cannot become markup', () => {
		const s = complete();
		const { bundle, decision } = noticeFor({ ...s, commitment: false });
		const notice = noticeOf(bundle, decision, {
			date: DATE,
			applicant: '<script>alert(1)</script>&"'
		});
		const html = noticeHtml(notice);
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;');
	});
});
