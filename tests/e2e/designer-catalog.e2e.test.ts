// The catalog as an editor meets it: sign in on the page, statuses, search and filters, export, and
// an import that reports a broken file by line and column instead of failing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('designer: catalog', () => {
	it(
		'signs in on the page, searches, filters, exports and checks imports',
		{ timeout: 90_000 },
		async () => {
			const { context, page } = await newContext(browser);
			await page.goto('/designer');
			await page.getByLabel('用户名').fill('editor');
			await page.getByLabel('密码').fill('banshi-demo');
			await page.getByRole('button', { name: '登录' }).last().click();
			await page.getByRole('table', { name: '事项目录' }).waitFor();
			await expect.poll(() => page.getByText(/^已发布 v\d+$/).count()).toBeGreaterThan(0);

			await page.getByRole('searchbox').fill('食品经营');
			await expect
				.poll(async () => (await page.locator('[role="row"] a').allTextContents()).join('|'))
				.toMatch(/^(食品经营[^|]*\|?)+$/);

			await page.getByRole('searchbox').fill('');
			await page.getByLabel('状态').selectOption({ label: '审核中' });
			await expect
				.poll(async () => {
					const cells = await page.locator('.scroller [role="cell"].status').allTextContents();
					// an item with a live version shows it beside the review: '审核中 · v1 在用'
					return cells.length > 0 && cells.every((c) => c.startsWith('审核中'));
				})
				.toBe(true);
			await page.getByLabel('状态').selectOption({ label: '全部' });

			const row = page.locator('.scroller [role="row"]').first();
			const name = await row.locator('a').textContent();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				row.getByRole('button', { name: `导出 JSON（${name}）` }).click()
			]);
			const text = await (await download.createReadStream()).toArray();
			const exported = JSON.parse(Buffer.concat(text).toString('utf8'));
			expect(exported.name).toBe(name);
			expect(download.suggestedFilename()).toBe(`${exported.code}.json`);

			// a broken file: the problem says where, nothing is created
			await page.getByRole('button', { name: '从 JSON 文件导入' }).click();
			const dialog = page.getByRole('dialog', { name: '新建事项' });
			await dialog.getByLabel('选择 JSON 文件').setInputFiles({
				name: 'broken.json',
				mimeType: 'application/json',
				buffer: Buffer.from('{\n  "code": "x",\n  "name": ,\n}')
			});
			await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('第 3 行');
			// a well-formed file with wrong values: every problem with its pointer
			await dialog.getByLabel('选择 JSON 文件').setInputFiles({
				name: 'wrong.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify({ ...exported, kind: 'unknown-kind', visits: -1 }))
			});
			await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('/kind');
			expect(page.url()).toMatch(/\/designer$/);
			await context.close();
		}
	);
});
