// An editor imports a national platform exchange file from the designer: a broken file is refused
// with the place of each error; a sound one shows which items become new drafts and which change,
// and imports them all.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/lib/domain/item/types';
import { toNational } from '../../src/lib/domain/national';
import { launch, newContext } from './browser';
import { createItem, freshCode, serverItem, template } from '../designer/e2e';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const asFile = (value: unknown) => ({
	name: 'national.json',
	mimeType: 'application/json',
	buffer: Buffer.from(JSON.stringify(value))
});

describe('designer: import a national platform file', () => {
	it('previews, refuses a broken file and imports a sound one', { timeout: 120_000 }, async () => {
		const { context, page } = await newContext(browser, { user: 'editor' });
		const existing = await createItem(context.request, template('food-business-licence'));
		const changed = (await serverItem(context.request, existing)).document as unknown as Item;
		changed.guide.promisedTimeLimit = { value: 3, unit: 'workday' };
		const fresh = template('food-business-licence') as unknown as Item;
		fresh.code = freshCode(fresh as never);
		fresh.name = `${fresh.name}（国家导入${fresh.code.slice(-6)}）`;
		const file = { items: [toNational(changed), toNational(fresh)] };

		await page.goto('/designer');
		await page.getByRole('link', { name: '导入国家平台文件' }).click();
		await page.waitForURL('**/designer/import');
		const picker = page.getByLabel('交换文件');

		const broken = structuredClone(file);
		broken.items[0].basic.task_type = '77';
		await picker.setInputFiles(asFile(broken));
		const alert = page.getByRole('alert');
		await expect.poll(() => alert.textContent()).toContain('/items/0/basic/task_type');

		await picker.setInputFiles(asFile(file));
		const table = page.getByRole('table', { name: '预览：2 个事项' });
		await expect.poll(() => table.isVisible()).toBe(true);
		const row = (name: string) => table.getByRole('row').filter({ hasText: name });
		expect(await row(changed.name).textContent()).toContain('修改为新草稿');
		expect(await row(fresh.name).textContent()).toContain('新建草稿');

		await page.getByRole('button', { name: '全部导入为草稿' }).click();
		await expect.poll(() => page.getByText('已导入 2 个事项。').isVisible()).toBe(true);
		expect((await serverItem(context.request, existing)).revision).toBe(2);
		const created = await serverItem(context.request, fresh.code);
		expect(created.status).toBe('draft');
		expect(created.document).toEqual(fresh);
		await context.close();
	});
});
