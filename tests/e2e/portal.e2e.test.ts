// The public portal as a citizen meets it: find an item, read its guide, apply, and get the
// acceptance decision, all under the portal's strict Content-Security-Policy.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkdays, defaultCalendar, dueDate, todayInChina } from '../../src/lib/domain/workdays';
import { launch, newContext } from './browser';
import {
	FOOD,
	fillApplicant,
	fillBusiness,
	food,
	formatDay,
	pdf,
	scheduled,
	watchCsp
} from './portal-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('portal', () => {
	it('lists published items with search, kind filter and no drafts', async () => {
		const { context, page } = await newContext(browser);
		await page.goto('/portal');
		await expect.poll(() => page.getByRole('link', { name: FOOD.name }).count()).toBe(1);
		// the last template stays in review in the demo content: never on the portal
		expect(await page.getByRole('link', { name: '采集国家二级保护野生植物审批' }).count()).toBe(0);

		await page.getByLabel('事项名称、编码或实施部门').fill('人力资源');
		await page.getByRole('button', { name: '搜索' }).click();
		await page.waitForURL(/q=/);
		// other stories publish copies (社会保障卡申领（…）): the demo's own item is named exactly
		expect(await page.getByRole('link', { name: '社会保障卡申领', exact: true }).count()).toBe(1);
		expect(await page.getByRole('link', { name: FOOD.name }).count()).toBe(0);

		await page.goto('/portal');
		await page.getByLabel('事项类型').selectOption({ label: '公共服务' });
		await page.getByRole('button', { name: '搜索' }).click();
		await page.waitForURL(/kind=public-service/);
		const rows = page.locator('tbody tr');
		await expect.poll(() => rows.count()).toBeGreaterThan(0);
		for (const kind of await rows.locator('td:nth-child(2)').allTextContents()) {
			expect(kind).toBe('公共服务');
		}
		await context.close();
	});

	it('speaks English when the visitor chose it, and leaves the portal with a full page load', async () => {
		const { context, page } = await newContext(browser, { locale: 'en' });
		await page.goto(`/portal/items/${FOOD.code}`);
		expect(await page.getByRole('heading', { level: 2, name: 'Legal basis' }).count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Check my application' }).count()).toBe(1);
		expect(await page.locator('tr[data-material="layout-plan"]').textContent()).toContain(
			'Tolerable'
		);
		// the designer must not run inside the portal's policy: a new document, not a client route
		await page.evaluate(() => ((window as unknown as { __stay: boolean }).__stay = true));
		// the citizen header has no staff links: a link on the page leads out of the portal
		expect(await page.getByRole('link', { name: 'Designer' }).count()).toBe(0);
		await page.evaluate(() => {
			const a = document.createElement('a');
			a.href = '/designer';
			a.textContent = 'Designer';
			document.querySelector('main')!.append(a);
		});
		await page.getByRole('link', { name: 'Designer' }).dispatchEvent('click');
		await page.waitForURL(/\/designer/);
		await page.waitForLoadState('load');
		expect(await page.evaluate(() => '__stay' in window)).toBe(false);
		await context.close();
	});

	it('shows the guide: legal basis, materials with 容缺 marks, and the expected completion date', async () => {
		const { context, page } = await newContext(browser);
		const csp = await watchCsp(page);
		const response = await page.goto(`/portal/items/${FOOD.code}`);
		const policy = response?.headers()['content-security-policy'] ?? '';
		expect(policy).toContain("script-src 'self'");
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).toContain("object-src 'none'");

		expect(await page.getByRole('heading', { level: 1, name: FOOD.name }).count()).toBe(1);
		const basis = page.getByRole('region', { name: '设定依据' });
		expect(await basis.textContent()).toContain('《中华人民共和国食品安全法》');
		expect(await basis.textContent()).toContain('第三十五条');
		expect(await basis.textContent()).toContain('国家对食品生产经营实行许可制度');

		const row = (id: string) => page.locator(`tr[data-material="${id}"]`);
		expect(await row('layout-plan').textContent()).toContain('容缺');
		expect(await row('layout-plan').textContent()).toContain('5 个工作日内补齐');
		expect(await row('application-form').textContent()).not.toContain('容缺');
		expect(await row('business-licence').textContent()).toContain('免提交');

		const expected = scheduled(() =>
			dueDate(defaultCalendar(), todayInChina(), { value: 7, unit: 'workday' })
		);
		expect(await page.locator('.pg-estimate').textContent()).toBe(
			expected
				? `如今日受理，预计于 ${formatDay(expected)} 前办结`
				: `${Number(todayInChina().slice(0, 4)) + 1} 年的节假日安排尚未发布，暂无法推算预计办结日期；请以受理通知书载明的日期为准。`
		);
		expect(await page.getByText('第 1 版').count()).toBeGreaterThan(0);
		expect(csp.violations).toEqual([]);
		await context.close();
	});

	it('prints a clean guide: no navigation, no buttons, link targets spelled out', async () => {
		const { context, page } = await newContext(browser);
		await page.goto(`/portal/items/${FOOD.code}`);
		// the citizen header (no staff navigation on the portal)
		const nav = page.locator('header.portal-header');
		const apply = page.getByRole('link', { name: '在线预审' });
		expect(await nav.isVisible()).toBe(true);
		expect(await apply.isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await nav.isVisible()).toBe(false);
		expect(await apply.isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: '打印指南' }).isVisible()).toBe(false);
		expect(await page.getByRole('heading', { level: 1, name: FOOD.name }).isVisible()).toBe(true);
		const after = await page
			.locator('.pg-guide a[href^="https://"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain('https://');
		const rowBreak = await page
			.locator('tr[data-material="layout-plan"]')
			.evaluate((tr) => getComputedStyle(tr).breakInside);
		expect(rowBreak).toBe('avoid');
		await context.close();
	});

	it('takes an application through the form and decides 容缺受理 with a deadline, with no CSP violation', async () => {
		const { context, page } = await newContext(browser);
		const csp = await watchCsp(page);
		await page.goto(`/portal/items/${FOOD.code}`);
		await page.getByRole('link', { name: '在线预审' }).click();
		await page.waitForURL(/\/apply$/);
		const f = food(page);
		await f('/applicant/name').waitFor();

		await fillApplicant(page);
		// a wrong check digit is caught while typing, before the field is left
		const id = f('/applicant/idNumber');
		await id.pressSequentially('410105198506123010');
		const idError = page.locator(`#${await id.getAttribute('id')}-error`);
		await expect.poll(() => idError.textContent()).toMatch(/校验/);
		await id.fill('410105198506123017');
		await expect.poll(() => idError.count()).toBe(0);

		await fillBusiness(page);
		// a conditional field: the central-kitchen material exists only for central kitchens
		const kitchenDocs = page.getByLabel(/中央厨房、集体用餐配送单位的食品安全专项材料/);
		expect(await kitchenDocs.count()).toBe(0);
		const kitchen = page.getByRole('group', { name: '是否为中央厨房或集体用餐配送单位' });
		await kitchen.getByLabel('是').check();
		await expect.poll(() => kitchenDocs.count()).toBe(1);
		await kitchen.getByLabel('否').check();
		await expect.poll(() => kitchenDocs.count()).toBe(0);

		// two safety managers: the second one added as an array item
		await f('/safetyManagers/0/name').fill('张伟');
		await f('/safetyManagers/0/idNumber').fill('410105198506123017');
		await f('/safetyManagers/0/mobile').fill('13803710002');
		await page.getByRole('button', { name: '添加食品安全管理人员' }).click();
		await f('/safetyManagers/1/name').fill('李娜');
		await f('/safetyManagers/1/idNumber').fill('110105198506151236');
		await f('/safetyManagers/1/mobile').fill('13903710003');
		await page.getByRole('group', { name: '是否委托代理人办理' }).getByLabel('否').check();

		// every material but the tolerable layout plan
		await page.getByLabel(/^食品经营许可申请书/).setInputFiles(pdf('申请书.pdf'));
		await page.getByLabel(/^与食品经营相适应的主要设备设施清单/).setInputFiles(pdf('设备.pdf'));
		await page.getByLabel(/^食品安全自查/).setInputFiles(pdf('制度.pdf'));
		// hashing happens in the page; each chosen file is confirmed before submitting
		await expect.poll(() => page.locator('.bsf-file-chosen').count()).toBe(3);

		await page.getByLabel('本人已阅读并签署上述告知承诺书').check();
		await page.getByRole('button', { name: '检查申请材料' }).click();

		const deadline = scheduled(() => addWorkdays(defaultCalendar(), todayInChina(), 5));
		if (deadline === null) {
			// late in December before next year's schedule is out: no deadline is guessed
			await expect
				.poll(() => page.getByRole('alert').textContent())
				.toContain('节假日安排尚未发布');
			expect(csp.violations).toEqual([]);
			await context.close();
			return;
		}
		const decision = page.locator('[data-decision]');
		await expect.poll(() => decision.getAttribute('data-decision')).toBe('accept-with-tolerance');
		expect(await decision.getByRole('heading', { level: 2 }).textContent()).toContain('容缺受理');
		const tolerated = decision.locator('li[data-material="layout-plan"]');
		expect(await tolerated.textContent()).toContain(`请于 ${formatDay(deadline)} 前补齐`);
		expect(await decision.locator('li[data-material]').count()).toBe(1);
		// focus moves to the decision so a screen reader reads it next
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: '下载申请数据（JSON）' }).click()
		]);
		const saved = JSON.parse(
			Buffer.concat(await streamChunks(await download.createReadStream())).toString('utf8')
		);
		expect(saved.item.code).toBe(FOOD.code);
		expect(saved.submission.commitment).toBe(true);
		expect(Object.keys(saved.submission.materials).sort()).toEqual(
			['application-form', 'equipment-list', 'safety-rules'].sort()
		);
		expect(saved.submission.form.safetyManagers).toHaveLength(2);
		expect(saved.decision.decision).toBe('accept-with-tolerance');

		expect(csp.violations).toEqual([]);
		expect(csp.errors).toEqual([]);
		await context.close();
	});

	it('asks for everything at once (supplement) when a required material and the commitment are missing', async () => {
		const { context, page } = await newContext(browser);
		const csp = await watchCsp(page);
		await page.goto(`/portal/items/${FOOD.code}/apply`);
		await food(page)('/applicant/name').waitFor();
		await fillApplicant(page);
		await page.getByRole('button', { name: '检查申请材料' }).click();
		const decision = page.locator('[data-decision]');
		await expect.poll(() => decision.getAttribute('data-decision')).toBe('supplement');
		const text = (await decision.textContent()) ?? '';
		expect(text).toContain('一次性告知');
		expect(text).toContain('食品经营许可申请书');
		expect(text).toContain('经营场所平面布局图及操作流程说明');
		expect(await decision.locator('.pg-errors li').count()).toBeGreaterThan(0);
		expect(csp.violations).toEqual([]);
		await context.close();
	});

	it('blocks and reports an injected inline script (the violation watch can fail)', async () => {
		const { context, page } = await newContext(browser);
		const csp = await watchCsp(page);
		await page.goto('/portal');
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__injected = true';
			document.body.append(s);
		});
		await expect.poll(() => csp.violations.length).toBeGreaterThan(0);
		expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
		await context.close();
	});
});

async function streamChunks(stream: NodeJS.ReadableStream): Promise<Buffer[]> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
	return chunks;
}
