// An editor adds a repeating group (e.g. 共同居住人) that not every applicant has (issue 14 item 7):
// it starts empty in the preview, an entry can be added and removed again, and the form is
// published without a minimum.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';
import { createItem, openEditor, serverItem, simpleItem, tab, waitSaved } from '../designer/e2e';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('designer: an optional repeating group', () => {
	it('starts empty and can be emptied again', { timeout: 120_000 }, async () => {
		const { context, page } = await newContext(browser, { user: 'editor' });
		const code = await createItem(context.request, simpleItem(), `重复组测试${Date.now() % 1e6}`);
		await openEditor(page, code);
		await tab(page, '申请表单');
		await page.getByRole('button', { name: '添加重复组', exact: true }).click();
		await waitSaved(page);
		const saved = await serverItem(context.request, code);
		const group = (saved.document.form as { schema: { properties: Record<string, object> } }).schema
			.properties.group;
		expect(group).toMatchObject({ type: 'array' });
		expect(group).not.toHaveProperty('minItems');

		await tab(page, '预览');
		const preview = page.getByTestId('preview-form');
		const entries = preview.locator('.bsf-item');
		await expect.poll(() => preview.getByRole('button', { name: /^\+ 添加/ }).count()).toBe(1);
		expect(await entries.count()).toBe(0);
		await preview.getByRole('button', { name: /^\+ 添加/ }).click();
		await expect.poll(() => entries.count()).toBe(1);
		await preview.getByRole('button', { name: '删除第 1 项' }).click();
		await expect.poll(() => entries.count()).toBe(0);
		await context.close();
	});
});
