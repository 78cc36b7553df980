// 一件事 on the portal, as a citizen opening a restaurant meets it: the list shows 开办餐饮店 beside
// the items; its guide names the lead department, the three member items with their departments,
// the joint process and time limit, the one window and the documents handed in once; the apply page
// is one form (the shared details entered once), one commitment and one verdict with one supplement
// deadline, each member's verdict and what each department receives, and the notice prints — all
// under the portal's strict policy.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch } from './browser';
import { FOOD, HYGIENE, REGISTRATION, RESTAURANT, fillRestaurant } from './onething-helpers';
import { watchCsp } from './portal-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('portal one-thing (一件事)', () => {
	it('guides, takes one form and gives one verdict with a deadline and each member’s', async () => {
		const context = await browser.newContext({ baseURL: baseURL(), locale: 'zh-CN' });
		const page = await context.newPage();
		const csp = await watchCsp(page);
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});

		// the list: 一件事 beside the items
		await page.goto('/portal');
		const list = page.getByRole('region', { name: '一件事一次办' });
		await list.getByRole('link', { name: '开办餐饮店“一件事”' }).click();
		await page.waitForURL(`**/portal/onethings/${RESTAURANT}`);

		// the guide
		await page.getByRole('heading', { level: 1, name: '开办餐饮店“一件事”' }).waitFor();
		expect(await page.getByTestId('lead-department').textContent()).toBe('示范市市场监督管理局');
		expect(await page.getByTestId('joint-limit').textContent()).toBe('7个工作日');
		const members = page.getByRole('table', { name: '包含的事项' }).locator('tbody tr');
		expect(await members.count()).toBe(3);
		expect(await members.nth(1).textContent()).toContain('示范市市场监督管理局');
		expect(await members.nth(2).textContent()).toContain('示范市卫生健康委员会');
		const process = (await page.getByRole('table', { name: '联办流程' }).textContent()) ?? '';
		for (const step of ['一窗受理', '并联审批', '统一出件']) expect(process).toContain(step);
		expect(await page.getByTestId('one-window').textContent()).toContain('综合受理窗口');
		const plan = page.locator('tr[data-material="site-plan"]');
		expect(await plan.getAttribute('data-once')).toBe('true');
		expect(await plan.textContent()).toContain('只交一次（2 个事项共用）');
		expect(await plan.textContent()).toContain('公共场所卫生许可');

		// the one form
		await page.getByRole('link', { name: '在线预审（一张表单）' }).click();
		await page.waitForURL(`**/portal/onethings/${RESTAURANT}/apply`);
		await page.getByRole('button', { name: '检查申请材料' }).waitFor();
		await fillRestaurant(page);
		expect(await page.locator('[id$="_legalRepresentative"], [id$="_operator_name"]').count()).toBe(
			0
		);
		await page.getByRole('button', { name: '检查申请材料' }).click();

		// one verdict, one deadline, each member's verdict and what each department receives
		const verdict = page.locator('section.ot-decision');
		await verdict.waitFor();
		expect(await verdict.getAttribute('data-decision')).toBe('accept-with-tolerance');
		// the reader stayed on the button: focus moves to the verdict so a screen reader reads it next
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
			.toBe(await verdict.getByRole('heading', { level: 2 }).getAttribute('id'));
		expect(await page.locator('[aria-live="polite"]').last().textContent()).toContain(
			'一件事预审结果：容缺受理'
		);
		const deadline = (await page.getByTestId('supplement-deadline').textContent()) ?? '';
		expect(deadline).toMatch(/请于 \d{4}年\d{1,2}月\d{1,2}日 前一次补齐/);
		const member = (code: string) => verdict.locator(`li[data-member="${code}"]`);
		expect(await member(REGISTRATION).getAttribute('data-decision')).toBe('accept');
		expect(await member(FOOD).getAttribute('data-decision')).toBe('accept-with-tolerance');
		expect(await member(HYGIENE).getAttribute('data-decision')).toBe('accept');
		expect(await member(FOOD).textContent()).toContain('与食品经营相适应的主要设备设施清单');
		const receives = (await member(HYGIENE).getByTestId('receives').textContent()) ?? '';
		expect(receives).toContain('示范市卫生健康委员会收到的内容');
		expect(receives).toContain('公共场所卫生许可申请表');
		expect(receives).not.toContain('食品经营许可申请书');
		// the plan handed in once reaches both licensing departments
		expect(await member(FOOD).getByTestId('receives').textContent()).toContain('平面布局图');

		// the combined notice prints
		await page.getByRole('button', { name: '打印通知书' }).click();
		const sheet = page.locator('[data-notice-sheet]');
		await sheet.waitFor();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		const notice = (await sheet.textContent()) ?? '';
		expect(notice).toContain('示范市金水区张记面馆');
		expect(notice).toContain('与食品经营相适应的主要设备设施清单');
		await page.emulateMedia({ media: 'print' });
		expect(await sheet.isVisible()).toBe(true);
		expect(await verdict.isVisible()).toBe(false);

		expect(csp.violations).toEqual([]);
		expect(csp.errors).toEqual([]);
		await context.close();
	});
});
