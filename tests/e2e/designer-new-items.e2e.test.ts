// An editor starts the day's new items (issue 14 item 1): a blank item, a template whose name is
// already taken (not offered, and refused with a link when typed anyway), a copy of the blank one, a
// claimed base-catalog item; then puts one away in the archive, brings it back and deletes another.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';
import { createItem, serverItem, simpleItem } from '../designer/e2e';
import { saveDraft, submit } from '../review/api';
import { FOOD } from './portal-helpers';
import { publish } from './workflow';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const stamp = String(Date.now() % 1e6);

async function newItemDialog(page: Page, mode: string) {
	await page.goto('/designer');
	await page.getByRole('table', { name: '事项目录' }).waitFor();
	await page.getByRole('button', { name: '+ 新建事项' }).click();
	const dialog = page.getByRole('dialog', { name: '新建事项' });
	await dialog.getByLabel(mode).check();
	return dialog;
}

const codeOf = (page: Page) => decodeURIComponent(page.url().split('/').pop()!);

describe('designer: starting new items', () => {
	it(
		'creates blank, copied and claimed items, never under a name already taken',
		{ timeout: 150_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });

			// blank: the domain's new item under the chosen department, with placeholders to fill
			const blankName = `空白事项${stamp}`;
			let dialog = await newItemDialog(page, '空白事项');
			await dialog.getByLabel('部门').selectOption('market');
			await dialog.getByLabel('事项名称').fill(blankName);
			await dialog.getByRole('button', { name: '创建' }).click();
			await page.waitForURL(/\/designer\/items\//);
			const blank = codeOf(page);
			await expect
				.poll(() => page.getByRole('heading', { level: 1 }).textContent())
				.toBe(`编辑：${blankName}`);
			const stored = await serverItem(context.request, blank);
			expect(stored.document.department).toMatchObject({ creditCode: '114101000058032243' });
			expect(JSON.stringify(stored.document.guide)).toContain('待填写');

			// a template whose name the department already has: the name is not offered
			dialog = await newItemDialog(page, '从模板新建');
			await dialog.getByLabel('模板', { exact: true }).selectOption({ label: FOOD.name });
			await expect
				.poll(() => dialog.getByText(`本部门已有名为“${FOOD.name}”的事项`).count())
				.toBe(1);
			expect(await dialog.getByLabel('事项名称').inputValue()).toBe('');
			// typed anyway: the server refuses it and the dialog leads to the item that has it
			await dialog.getByLabel('事项名称').fill(FOOD.name);
			await dialog.getByRole('button', { name: '创建' }).click();
			const alert = dialog.getByRole('alert');
			await expect.poll(() => alert.textContent()).toContain('已有名为');
			expect(await alert.getByRole('link').textContent()).toBe(`打开已有事项 ${FOOD.code}`);
			expect(page.url()).toMatch(/\/designer$/);

			// a copy of the blank item, named as a copy
			dialog = await newItemDialog(page, '复制已有事项');
			await dialog.getByLabel('按名称或编码查找').fill(blankName);
			await expect
				.poll(() => dialog.getByLabel('事项名称').inputValue())
				.toBe(`${blankName}（副本）`);
			await dialog.getByRole('button', { name: '创建' }).click();
			await page.waitForURL((url) => /\/designer\/items\//.test(url.pathname));
			await expect
				.poll(() => page.getByRole('heading', { level: 1 }).textContent())
				.toBe(`编辑：${blankName}（副本）`);
			const copy = codeOf(page);
			expect(copy).not.toBe(blank);

			// claimed: the published food licence as the health department's local implementation
			dialog = await newItemDialog(page, '认领基本目录事项');
			await dialog.getByLabel('部门').selectOption('health');
			await dialog.getByLabel('按名称或编码查找').fill(FOOD.code);
			await expect
				.poll(() => dialog.getByLabel('基本目录事项（已发布）').inputValue())
				.toBe(FOOD.code);
			await dialog.getByRole('button', { name: '创建' }).click();
			await page.waitForURL(/\/designer\/items\//);
			const claimed = await serverItem(context.request, codeOf(page));
			expect(claimed.document.base).toMatchObject({ code: FOOD.code });
			expect(claimed.document.name).toBe(FOOD.name);
			expect(codeOf(page).slice(19)).toBe(FOOD.code.slice(19));
			await context.close();
		}
	);

	it('archives a draft, brings it back, and deletes one never published', async () => {
		const { context, page } = await newContext(browser, { user: 'editor' });
		const name = `归档测试${stamp}`;
		const dialog = await newItemDialog(page, '空白事项');
		await dialog.getByLabel('部门').selectOption('market');
		await dialog.getByLabel('事项名称').fill(name);
		await dialog.getByRole('button', { name: '创建' }).click();
		await page.waitForURL(/\/designer\/items\//);
		const code = codeOf(page);

		await page.goto('/designer');
		// a published item offers neither: a reviewer retires it
		await page.getByRole('searchbox').fill(FOOD.code);
		const published = page.locator('.scroller [role="row"]', { hasText: FOOD.code });
		await expect.poll(() => published.count()).toBe(1);
		expect(await published.getByRole('button', { name: /^(删除|归档)/ }).count()).toBe(0);

		await page.getByRole('searchbox').fill(name);
		const row = page.locator('.scroller [role="row"]', { hasText: name });
		await expect.poll(() => row.count()).toBe(1);

		await row.getByRole('button', { name: `归档（${name}）` }).click();
		await expect.poll(() => page.getByText(`已归档“${name}”。`).count()).toBe(1);
		await expect.poll(() => row.count()).toBe(0);
		await page.getByLabel('已归档的事项').check();
		await expect.poll(() => row.count()).toBe(1);
		await row.getByRole('button', { name: `取消归档（${name}）` }).click();
		await expect.poll(() => row.count()).toBe(0);
		await page.getByLabel('已归档的事项').uncheck();
		await expect.poll(() => row.count()).toBe(1);

		page.once('dialog', (d) => void d.accept());
		await row.getByRole('button', { name: `删除（${name}）` }).click();
		await expect.poll(() => page.getByText(`已删除“${name}”。`).count()).toBe(1);
		await expect.poll(() => row.count()).toBe(0);
		expect((await context.request.get(`/api/v1/items/${code}`)).status()).toBe(404);
		await context.close();
	});

	it('shows the live version beside a new draft, and filters mine and waiting for me', async () => {
		const editor = await newContext(browser, { user: 'editor' });
		const reviewer = await newContext(browser, { user: 'reviewer' });
		const api = editor.context.request;
		const live = await createItem(api, simpleItem(), `在用测试${stamp}`);
		await publish({ editor, reviewer }, live);
		await saveDraft(api, live, (d) => void (d.name = `${d.name}（第二版）`));
		const back = await createItem(api, simpleItem(), `退回测试${stamp}`);
		const returned = await submit(api, back);
		await reviewer.context.request.post(`/api/v1/reviews/${returned.id}/return`, {
			data: { comments: [{ text: '请补充材料说明。' }] }
		});
		await reviewer.context.close();

		const { page } = editor;
		await page.goto('/designer');
		await page.getByRole('searchbox').fill(stamp);
		const rows = page.locator('.scroller [role="row"]');
		const status = (name: string) =>
			rows.filter({ hasText: name }).locator('[role="cell"].status').textContent();
		await expect.poll(() => status(`在用测试${stamp}`)).toBe('草稿 · v1 在用');
		expect(await status(`退回测试${stamp}`)).toBe('已退回');

		// waiting for me: what came back; mine: what I wrote last
		await page.getByLabel('待我处理').check();
		await expect.poll(() => rows.filter({ hasText: stamp }).count()).toBe(1);
		expect(await rows.filter({ hasText: `退回测试${stamp}` }).count()).toBe(1);
		await page.getByLabel('待我处理').uncheck();
		await page.getByLabel('只看我编辑的').check();
		await expect.poll(() => rows.filter({ hasText: `在用测试${stamp}` }).count()).toBe(1);
		await editor.context.close();

		// another editor of the department wrote none of them
		const other = await newContext(browser, { user: 'editor2' });
		await other.page.goto('/designer');
		await other.page.getByRole('searchbox').fill(stamp);
		await other.page.getByLabel('只看我编辑的').check();
		await expect.poll(() => other.page.getByText('没有符合条件的事项。').count()).toBe(1);
		await other.context.close();
	});
});
