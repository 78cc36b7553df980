// (In the e2e suite: it needs Chromium, like every test there.)
// Each of the four notices as Chromium lays it out on A4: the text a reader sees on the page (title,
// applicant, what was decided, the lists, the remedies of a refusal) and a PDF of it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { decide } from '../../src/lib/domain/acceptance';
import { compileItem } from '../../src/lib/domain/compile';
import type { Item } from '../../src/lib/domain/item/types';
import { noticeHtml, noticeOf } from '../../src/lib/domain/notice';
import { chromiumPath } from '../../scripts/test-env.js';
import { SAMPLES, fileRef } from '../fixtures/template-samples';

const DATE = '2026-03-02';
let browser: Browser;
beforeAll(async () => {
	browser = await chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
	});
});
afterAll(async () => {
	await browser?.close();
});

/** 食品经营许可; with `refusing`, its first 不予受理情形 (online sales) made checkable. */
function food(refusing: boolean): Item {
	const item = JSON.parse(readFileSync('templates/food-business-licence.json', 'utf8')) as Item;
	if (refusing)
		item.refusals = [
			{
				id: 'online',
				text: item.guide.refusalCases![0],
				condition: { properties: { business: { properties: { onlineSales: { const: true } } } } }
			}
		];
	return item;
}

function submission(opts: { without?: string[]; commitment?: boolean } = {}) {
	const form = structuredClone(SAMPLES['food-business-licence']);
	const materials: Record<string, unknown> = {};
	for (const id of ['application-form', 'layout-plan', 'equipment-list', 'safety-rules'])
		if (!opts.without?.includes(id)) materials[id] = fileRef(id);
	return { form, materials, commitment: opts.commitment ?? false };
}

const CASES = [
	{ kind: 'accept', submission: submission(), expect: ['受理通知书', '决定予以受理'] },
	{
		kind: 'accept-with-tolerance',
		submission: submission({ without: ['layout-plan'], commitment: true }),
		expect: ['容缺受理通知书', '补齐期限：', '申请人承诺：']
	},
	{
		kind: 'supplement',
		submission: submission({ without: ['layout-plan', 'safety-rules'] }),
		expect: ['一次性告知（补正）通知书', '需补交的材料：']
	},
	{
		kind: 'reject',
		submission: submission(),
		expect: ['不予受理决定书', '不予受理的理由：', '行政复议', '行政诉讼']
	}
] as const;

describe('notices printed by Chromium', () => {
	for (const c of CASES) {
		it(`${c.kind}: the page reads as the notice and prints to PDF`, async () => {
			const bundle = compileItem(food(c.kind === 'reject'));
			const decision = decide(bundle, c.submission, DATE);
			expect(decision.decision).toBe(c.kind);
			const notice = noticeOf(bundle, decision, { date: DATE, form: c.submission.form });
			const page = await browser.newPage();
			try {
				await page.setContent(noticeHtml(notice));
				const text = await page.locator('body').innerText();
				for (const part of c.expect) expect(text).toContain(part);
				expect(text).toContain(bundle.department.name);
				expect(text).toContain(bundle.department.creditCode);
				expect(text).toContain('2026年3月2日');
				expect(text).toContain(notice.addressee);
				expect(notice.addressee).not.toContain('＿');
				for (const m of decision.missing) expect(text).toContain(m.name);
				for (const m of decision.tolerated) expect(text).toContain(m.name);
				const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
				expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			} finally {
				await page.close();
			}
		});
	}
});

describe('banshi accept --pdf', () => {
	it('prints the notice of the verdict to a PDF with the local Chromium', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'banshi-notice-'));
		try {
			const itemFile = join(dir, 'item.json');
			const subFile = join(dir, 'submission.json');
			writeFileSync(itemFile, readFileSync('templates/food-business-licence.json', 'utf8'));
			writeFileSync(subFile, JSON.stringify({ form: {}, materials: {}, commitment: false }));
			const pdf = join(dir, 'notice.pdf');
			const err: string[] = [];
			const code = await main(
				['accept', itemFile, subFile, '--date', DATE, '--pdf', pdf],
				{ out: () => {}, err: (t) => err.push(t) },
				{ cwd: process.cwd(), env: {} }
			);
			expect(code, err.join('\n')).toBe(1);
			expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
