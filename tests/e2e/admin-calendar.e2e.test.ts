// The administrator's holiday schedule screen: paste the State Council notice, read it, confirm,
// save — and a decision reaching that year is no longer provisional. 2038 has the calendar of 2027
// (1 January a Friday, no leap day), so the made-up 2027 notice with its year changed is a valid
// 2038 notice, and the test stays true whatever year it runs in.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCalendar, missingSchedule, todayInChina } from '../../src/lib/domain/workdays';
import { SAMPLES, fileRef } from '../fixtures/template-samples';
import { launch, newContext } from './browser';

const notice = readFileSync('tests/fixtures/holiday-notices/sample-2027.txt', 'utf8').replaceAll(
	'2027',
	'2038'
);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The decision on Friday 2038-06-04 for 食品经营许可 missing one tolerable material. */
async function decision(page: Page) {
	const items = await page.request.get('/api/v1/portal/items?q=食品经营许可');
	const code = (await items.json()).items[0].code as string;
	const r = await page.request.post(`/api/v1/portal/items/${code}/decide`, {
		data: {
			date: '2038-06-04',
			submission: {
				form: SAMPLES['food-business-licence'],
				materials: {
					'application-form': fileRef('申请书'),
					'equipment-list': fileRef('设备'),
					'safety-rules': fileRef('制度')
				},
				commitment: true
			}
		}
	});
	expect(r.status()).toBe(200);
	return (await r.json()).decision;
}

describe('holiday schedule screen', () => {
	it('reads a pasted notice, shows it for confirmation, saves it, and decisions use it', async () => {
		const { context, page } = await newContext(browser, { user: 'admin' });
		const before = await decision(page);
		expect(before.decision).toBe('accept-with-tolerance');
		expect(before.provisional).toBe(true);
		expect(before.supplementDeadline).toBe('2038-06-11');

		await page.goto('/admin/calendar');
		await page
			.getByRole('navigation', { name: '主导航' })
			.getByRole('link', { name: '节假日安排' })
			.waitFor();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('节假日安排');
		// the banner shows while a year staff rely on is missing (from 1 November: next year's)
		const missing = missingSchedule(todayInChina(), defaultCalendar().years);
		expect(await page.getByTestId('calendar-banner').count()).toBe(missing ? 1 : 0);
		expect(await page.locator('[data-testid=years] tr[data-source=built-in]').count()).toBe(
			defaultCalendar().years.length
		);

		// a wrong count is refused inline, with its line, and focus goes to the message
		const box = page.getByRole('textbox', { name: /国务院办公厅关于 YYYY 年部分节假日安排的通知/ });
		await box.fill(notice.replace('共8天', '共9天'));
		await page.getByRole('button', { name: '识别通知' }).click();
		const errors = page.getByTestId('notice-errors');
		await errors.waitFor();
		expect(await errors.getAttribute('role')).toBe('alert');
		expect(await errors.textContent()).toContain('第 7 行：春节');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
			'notice-errors'
		);
		expect(await box.getAttribute('aria-invalid')).toBe('true');

		// corrected: the parsed year is shown for confirmation, heading focused
		await box.fill(notice);
		await page.getByRole('button', { name: '识别通知' }).click();
		const confirmation = page.getByTestId('notice-confirmation');
		await confirmation.waitFor();
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
			'请核对 2038 年的安排'
		);
		expect(await confirmation.locator('tbody tr').count()).toBe(7);
		expect(await confirmation.getByRole('rowheader', { name: /春节/ }).count()).toBe(1);
		expect(await page.getByTestId('notice-total').textContent()).toContain(
			'共放假 28 天，调休上班 6 天'
		);
		expect(await confirmation.textContent()).toContain(
			'2038-02-05（周五） 至 2038-02-12（周五）（8 天）'
		);

		// saved with the keyboard: the save button is the next tab stop after the heading
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('确认保存');
		await page.keyboard.press('Enter');
		await page.getByRole('status').filter({ hasText: '已保存 2038 年' }).waitFor();
		await page.locator('[data-testid=years] tr[data-year="2038"][data-source=loaded]').waitFor();
		expect(await page.locator('[data-testid=years] tr[data-year="2038"]').textContent()).toContain(
			'admin'
		);

		// the same decision is final now: 端午节 (Wednesday Jun 9) is a day off
		const after = await decision(page);
		expect(after.provisional).toBeUndefined();
		expect(after.supplementDeadline).toBe('2038-06-14');
		await context.close();
	});

	it('speaks English, and is for administrators only', async () => {
		const { context, page } = await newContext(browser, { user: 'admin', locale: 'en' });
		await page.goto('/admin/calendar');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Holiday schedule');
		await page.getByRole('textbox', { name: /The State Council notice/ }).waitFor();
		await context.close();

		const editor = await newContext(browser, { user: 'editor' });
		const r = await editor.page.goto('/admin/calendar');
		expect(r?.status()).toBe(403);
		expect(
			await editor.page
				.getByRole('navigation', { name: '主导航' })
				.getByRole('link', { name: '节假日安排' })
				.count()
		).toBe(0);
		await editor.context.close();
	});
});
