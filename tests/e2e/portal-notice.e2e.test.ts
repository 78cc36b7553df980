// The notice a citizen takes away from the portal's pre-check: 打印通知书 shows the decision as the
// A4 document the window hands out (here 一次性告知（补正）通知书, naming the applicant and listing
// what is still missing), styled under the portal's strict policy, and paper gets the notice alone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch } from './browser';
import { watchCsp } from './portal-helpers';

/** 城乡居民最低生活保障, published by the demo content. */
const ALLOWANCE = '11410100005803259M4000105001000';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('portal notice', () => {
	it('prints the 一次性告知（补正）通知书 with the applicant and everything missing', async () => {
		const context = await browser.newContext({ baseURL: baseURL(), locale: 'zh-CN' });
		const page = await context.newPage();
		const csp = await watchCsp(page);
		// count the print requests instead of opening the browser's print dialog
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		await page.goto(`/portal/items/${ALLOWANCE}/apply`);
		await page.getByRole('button', { name: '检查申请材料' }).waitFor();
		await page.locator('[id$="_applicant_name"]').fill('李秀英');
		await page.getByRole('button', { name: '检查申请材料' }).click();
		await page.locator('.pg-application').waitFor();

		await page.getByRole('button', { name: '打印通知书' }).click();
		const sheet = page.getByRole('region', { name: '一次性告知（补正）通知书' });
		await sheet.waitFor();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		const text = (await sheet.textContent()) ?? '';
		expect(text).toContain('李秀英：');
		expect(text).toContain('需补交的材料');
		expect(text).toContain('第三十二条');
		expect(text).toContain('（印章）');
		expect(await sheet.locator('[data-list="materials"] li').count()).toBeGreaterThan(0);
		// the notice's own stylesheet applies under the portal policy
		const h1 = sheet.locator('h1');
		expect(await h1.evaluate((el) => getComputedStyle(el).textAlign)).toBe('center');

		// on paper: the notice alone
		await page.emulateMedia({ media: 'print' });
		expect(await sheet.isVisible()).toBe(true);
		expect(await page.locator('.pg-application').isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: '打印通知书' }).isVisible()).toBe(false);
		expect(csp.violations).toEqual([]);
		await context.close();
	});
});
