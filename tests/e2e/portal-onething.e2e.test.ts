// 一件事 on the portal, as a citizen opening a restaurant meets it: the list shows 开办餐饮店 beside
// the items; its guide names the lead department, the three member items with their departments,
// the joint process and time limit, the one window and the documents handed in once; the apply page
// is one form (the shared details entered once), one commitment and one verdict with one supplement
// deadline, each member's verdict and what each department receives, and the notice prints — all
// under the portal's strict policy.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch } from './browser';
import { pdf, watchCsp } from './portal-helpers';

/** 开办餐饮店“一件事”, published by the demo content, and its members. */
const RESTAURANT = 'YJS-410100-0001';
const REGISTRATION = '1141010000580322433000131128000';
const FOOD = '1141010000580322433000131029000';
const HYGIENE = '11410100005803240Q3000119004000';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A pointer as the renderer spells it in ids (src/lib/form/paths.ts, fieldId). */
const fieldId = (ptr: string) =>
	ptr.replace(/[^A-Za-z0-9/]/g, (c) => `-${c.codePointAt(0)!.toString(36)}-`).replace(/\//g, '_');

/** A control of the merged form by its JSON pointer (the renderer's ids end with its spelling). */
const field =
	(page: Page) =>
	(pointer: string, suffix = '') =>
		page.locator(`[id$="${fieldId(pointer)}${suffix}"]`);

async function region(page: Page, pointer: string) {
	const f = field(page);
	await f(pointer).selectOption({ label: '河南省' });
	await f(pointer, '-1').selectOption({ label: '郑州市' });
	await f(pointer, '-2').selectOption({ label: '金水区' });
}

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
		const f = field(page);
		// shared details, entered once for the three departments
		await f('/shared/legal-representative-name').fill('张伟');
		await f('/shared/legal-representative-id-number').fill('410105198506123017');
		await f('/shared/mobile').fill('13803710002');
		await f('/shared/business-name').fill('示范市金水区张记面馆');
		await region(page, '/shared/premises-region');
		await f('/shared/premises-address').fill('示范市金水区农业路23号一层');
		await f('/shared/credit-code').fill('91410105MA9GK3T858');
		await region(page, '/shared/region');
		await f('/shared/address').fill('示范市金水区农业路23号');
		expect(await page.locator('[id$="_legalRepresentative"], [id$="_operator_name"]').count()).toBe(
			0
		);

		// 个体工商户登记
		const agents = page.getByRole('group', { name: '是否委托代理人办理' });
		await page.getByRole('group', { name: '性别' }).getByLabel('男').check();
		await f(`/${REGISTRATION}/operator/address`).fill('示范市金水区农业路23号');
		await page.getByRole('group', { name: '组成形式' }).getByLabel('个人经营').check();
		await f(`/${REGISTRATION}/business/scope`).fill('餐饮服务（热食类食品制售）');
		await f(`/${REGISTRATION}/business/capital`).fill('20');
		await f(`/${REGISTRATION}/business/employees`).fill('4');
		await page
			.getByRole('group', { name: '经营范围是否涉及登记前须经批准的项目' })
			.getByLabel('否')
			.check();
		await agents.nth(0).getByLabel('否').check();
		// 食品经营许可
		await page.getByRole('group', { name: '主体业态' }).getByLabel('餐饮服务经营者').check();
		await f(`/${FOOD}/business/area`).fill('86.5');
		await page.getByRole('group', { name: '经营项目' }).getByLabel('热食类食品制售').check();
		await page.getByRole('group', { name: '是否从事网络经营' }).getByLabel('否').check();
		await f(`/${FOOD}/safetyManagers/0/name`).fill('张伟');
		await f(`/${FOOD}/safetyManagers/0/idNumber`).fill('410105198506123017');
		await f(`/${FOOD}/safetyManagers/0/mobile`).fill('13803710002');
		await agents.nth(1).getByLabel('否').check();
		// 公共场所卫生许可
		await f(`/${HYGIENE}/venue/name`).fill('张记面馆');
		await page
			.getByRole('group', { name: '许可项目（场所类别）' })
			.getByLabel('商场（店）、书店')
			.check();
		await f(`/${HYGIENE}/venue/area`).fill('86.5');
		await page.getByRole('group', { name: '是否使用集中空调通风系统' }).getByLabel('否').check();
		await f(`/${HYGIENE}/staff/0/name`).fill('李娜');
		await f(`/${HYGIENE}/staff/0/idNumber`).fill('110105198506151236');
		await f(`/${HYGIENE}/staff/0/healthCheckDate`).fill('2025-11-02');
		await page.getByRole('group', { name: '是否选择告知承诺方式办理' }).getByLabel('否').check();
		await agents.nth(2).getByLabel('否').check();

		// the documents: the site plan once for both licences; the equipment list left out (容缺)
		await page.getByLabel(/^个体工商户登记（备案）申请书/).setInputFiles(pdf('登记申请书.pdf'));
		await page.getByLabel(/^经营场所使用相关文件/).setInputFiles(pdf('租赁合同.pdf'));
		await page.getByLabel(/^食品经营许可申请书/).setInputFiles(pdf('许可申请书.pdf'));
		await page.getByLabel(/^食品安全自查/).setInputFiles(pdf('制度.pdf'));
		await page.getByLabel(/^场所平面图/).setInputFiles(pdf('平面图.pdf'));
		await page.getByLabel(/^公共场所卫生许可申请表/).setInputFiles(pdf('卫生申请表.pdf'));
		await page.getByLabel(/^公共场所卫生检测或者评价报告/).setInputFiles(pdf('检测报告.pdf'));
		await page.getByLabel(/^公共场所卫生管理制度/).setInputFiles(pdf('卫生制度.pdf'));
		await page.getByLabel('本人已阅读并签署上述告知承诺书').check();
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
