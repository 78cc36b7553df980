// The editor's side of the citizen's form: the one-click fix for a field required under a condition
// yet always shown, the preview at phone, tablet and desktop widths, and 填入示例数据 filling the
// form with data the acceptance simulator accepts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';
import { createItem, openEditor, tab, template } from '../designer/e2e';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

type Schema = {
	properties: Record<string, unknown>;
	allOf?: { if: unknown; then: { properties?: Record<string, unknown>; required?: string[] } }[];
};

describe('designer: the citizen form', () => {
	it('fixes a conditionally required field shown unconditionally with one click', async () => {
		const { context, page } = await newContext(browser, { user: 'editor' });
		// the old shape of the templates: agent always declared, only required when hasAgent
		const doc = template('minimum-living-allowance');
		const schema = (doc.form as { schema: Schema }).schema;
		const rule = schema.allOf![0];
		schema.properties.agent = rule.then.properties!.agent;
		delete rule.then.properties;
		const code = await createItem(context.request, doc, '最低生活保障（条件字段测试）');
		await openEditor(page, code);
		const finding = page.locator('li[data-rule="conditional-field-shown"]');
		await expect.poll(() => finding.count()).toBe(1);
		expect(await finding.textContent()).toContain('代理人信息');
		await finding.getByRole('button', { name: /一键修复/ }).click();
		await expect.poll(() => finding.count()).toBe(0);
		// the preview shows 代理人信息 only once 是否委托代理人办理 is 是
		await tab(page, '预览');
		const frame = page.locator('.device');
		await frame.locator('.bsf').waitFor();
		expect(await frame.getByText('代理人信息').count()).toBe(0);
		await frame.getByRole('group', { name: '是否委托代理人办理' }).getByLabel('是').check();
		await expect.poll(() => frame.getByText('代理人信息').count()).toBeGreaterThan(0);
		await context.close();
	});

	it('previews at phone, tablet and desktop widths and fills in valid sample data', async () => {
		const { context, page } = await newContext(browser, { user: 'editor' });
		const code = await createItem(context.request, template('minimum-living-allowance'));
		await openEditor(page, code);
		await tab(page, '预览');
		const frame = page.locator('.device');
		await frame.locator('.bsf').waitFor();
		const width = () => frame.evaluate((el) => el.getBoundingClientRect().width);
		await page.getByRole('button', { name: '手机' }).click();
		expect(await page.getByRole('button', { name: '手机' }).getAttribute('aria-pressed')).toBe(
			'true'
		);
		expect(await width()).toBeLessThanOrEqual(375);
		// one column on the phone: the first two fields of a section are stacked
		const fields = frame.locator('.bsf-section').first().locator(':scope > .bsf-field');
		const [a, b] = [await fields.nth(0).boundingBox(), await fields.nth(1).boundingBox()];
		expect(b!.y).toBeGreaterThan(a!.y);
		expect(Math.abs(b!.x - a!.x)).toBeLessThan(2);
		await page.getByRole('button', { name: '平板' }).click();
		expect(await width()).toBeLessThanOrEqual(768);
		expect(await width()).toBeGreaterThan(375);
		await page.getByRole('button', { name: '电脑' }).click();
		expect(await width()).toBeGreaterThan(375);

		await page.getByRole('button', { name: '填入示例数据' }).click();
		const name = frame.locator('input[id$="_applicant_name"]');
		await expect.poll(() => name.inputValue()).not.toBe('');
		expect(await frame.locator('input[id$="_applicant_idNumber"]').inputValue()).toBe(
			'11010519491231002X'
		);
		// valid: submitting the preview form finds nothing to correct
		await frame.getByRole('button', { name: '提交' }).click();
		await page.waitForTimeout(300);
		expect(await frame.locator('.bsf-summary').count()).toBe(0);
		expect(await frame.locator('.bsf-error').count()).toBe(0);

		await page.getByRole('button', { name: '清空表单' }).click();
		await expect.poll(() => frame.locator('input[id$="_applicant_name"]').inputValue()).toBe('');
		await context.close();
	});

	it("prints the simulator's verdict as the notice the window hands out", async () => {
		const { context, page } = await newContext(browser, { user: 'editor' });
		await page.addInitScript(() => {
			window.print = () => undefined;
		});
		const code = await createItem(context.request, template('minimum-living-allowance'));
		await openEditor(page, code);
		await tab(page, '预览');
		await page.locator('.device .bsf').waitFor();
		await page.getByRole('button', { name: '填入示例数据' }).click();
		const nameField = page.locator('.device input[id$="_applicant_name"]');
		await expect.poll(() => nameField.inputValue()).not.toBe('');
		const name = await nameField.inputValue();
		const sim = page.getByRole('region', { name: '受理模拟' });
		// nothing handed in: the one-time notice lists every material
		await sim.getByLabel('已签署告知承诺书').check();
		await sim.getByLabel('已签署告知承诺书').uncheck();
		await sim.getByRole('button', { name: '打印通知书' }).click();
		const sheet = sim.getByRole('region', { name: '一次性告知（补正）通知书' });
		await sheet.waitFor();
		expect(await sheet.textContent()).toContain(`${name}：`);
		expect(await sheet.locator('[data-list="materials"] li').count()).toBeGreaterThan(0);
		await context.close();
	});
});
