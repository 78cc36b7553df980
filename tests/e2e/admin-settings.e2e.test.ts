// The administrator's check settings: raising a rule's severity shows, before saving, the item it
// would newly block (with a link to it); saving makes a new version, and the designer then shows
// that finding as one that blocks publishing. The settings in force before are put back afterwards,
// since the other suites share this server.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, openEditor, simpleItem } from '../designer/e2e';
import { launch, newContext } from './browser';

let browser: Browser;
let restore: (() => Promise<void>) | undefined;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await restore?.();
	await browser?.close();
});

/** A small item whose one form field has no title: a warning under the default settings. */
function untitledItem() {
	const doc = simpleItem();
	doc.form = { schema: { type: 'object', properties: { note: { type: 'string' } } }, uiSchema: {} };
	return doc;
}

describe('check settings screen', () => {
	it('previews the newly blocked item, saves a version, and the designer follows it', async () => {
		const editor = await newContext(browser, { user: 'editor' });
		const code = await createItem(editor.context.request, untitledItem());
		const finding = editor.page.locator('li[data-rule="form-field-untitled"]');
		await openEditor(editor.page, code);
		await expect.poll(() => finding.first().getAttribute('class')).toContain('warning');

		const { context, page } = await newContext(browser, { user: 'admin' });
		const before = await (await page.request.get('/api/v1/settings')).json();
		restore = async () => {
			const now = await (await page.request.get('/api/v1/settings')).json();
			await page.request.put('/api/v1/admin/settings', {
				data: { baseVersion: now.version, settings: before.settings }
			});
			await context.close();
		};

		await page.goto('/admin/settings');
		await page
			.getByRole('navigation', { name: '主导航' })
			.getByRole('link', { name: '检查设置' })
			.waitFor();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('检查设置');
		const select = page.locator('tr[data-rule="form-field-untitled"] select');
		expect(await select.getAttribute('aria-label')).toMatch(/的级别$/);
		await select.selectOption('error');

		await page.getByRole('button', { name: '预览影响' }).click();
		const blocked = page.getByTestId('settings-impact').locator(`li[data-code="${code}"]`);
		await blocked.waitFor();
		expect(await blocked.textContent()).toContain('form-field-untitled');
		expect(await blocked.getByRole('link').getAttribute('href')).toBe(`/designer/items/${code}`);

		await page.getByRole('button', { name: '保存为新版本' }).click();
		const saved = page.getByRole('status').filter({ hasText: '已保存为第' });
		await saved.waitFor();
		const version = before.version + 1;
		expect(await saved.textContent()).toContain(`第 ${version} 版`);
		await page.locator(`[data-testid=settings-history] tr[data-version="${version}"]`).waitFor();
		expect(await page.getByTestId('settings-version').textContent()).toContain(`第 ${version} 版`);

		// the designer checks with the saved version: the finding now holds up publishing
		await openEditor(editor.page, code);
		await expect.poll(() => finding.first().getAttribute('class')).toContain('error');
		expect(
			await editor.page
				.locator('h4[data-group="publish"] + ul li[data-rule="form-field-untitled"]')
				.count()
		).toBeGreaterThan(0);
		await editor.context.close();
	});
});
