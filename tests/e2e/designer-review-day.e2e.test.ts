// An editor's item on its way through review (issue 14 items 2–4): a half-finished draft is saved
// and only submitting waits for it, with the problems named as a clerk names them; an item in review
// says so and changes only after an explicit withdrawal; a returned item shows the reviewer's reason
// and comments at their fields, and each can be marked resolved.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';
import { createItem, openEditor, serverItem, simpleItem, waitSaved } from '../designer/e2e';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('designer: an item through review', () => {
	it(
		'saves half-finished work, withdraws explicitly and works through returned comments',
		{ timeout: 150_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });
			const name = `审核往返测试${Date.now() % 1e6}`;
			const code = await createItem(context.request, simpleItem(), name);
			await openEditor(page, code);

			// 不收费 unticked before any fee item: saved all the same, submitting waits for it
			await page.getByLabel('不收费').uncheck();
			await waitSaved(page);
			const half = await serverItem(context.request, code);
			expect(half.revision).toBe(2);
			expect((half.document.guide as { fees: { free: boolean } }).fees.free).toBe(false);
			const lint = page.getByRole('complementary', { name: '编制规范检查' });
			await expect.poll(() => lint.textContent()).toContain('提交审核前须修正');
			const text = (await lint.textContent()) ?? '';
			expect(text).toContain('收费');
			expect(text).not.toMatch(/\/guide\//);
			const submit = page.getByRole('button', { name: '提交审核' });
			expect(await submit.isDisabled()).toBe(true);

			await page.getByLabel('不收费').check();
			await waitSaved(page);
			await expect.poll(() => submit.isDisabled()).toBe(false);
			await submit.click();
			const banner = page.getByText('审核中 — 编辑将撤回提交');
			await expect.poll(() => banner.count()).toBe(1);

			// a change during review stays here until the editor withdraws the submission
			await page.getByLabel('事项名称').fill(`${name}（改）`);
			await expect
				.poll(() => page.getByTestId('save-status').textContent())
				.toContain('请先撤回提交');
			expect(await serverItem(context.request, code)).toMatchObject({ status: 'in-review' });
			await page.getByRole('button', { name: '撤回提交' }).click();
			await waitSaved(page);
			await expect.poll(() => banner.count()).toBe(0);
			const withdrawn = await serverItem(context.request, code);
			expect(withdrawn).toMatchObject({ status: 'draft' });
			expect(withdrawn.document.name).toBe(`${name}（改）`);

			// submitted again and returned with a comment on the name and a general one
			await submit.click();
			await expect.poll(() => banner.count()).toBe(1);
			const reviewer = await newContext(browser, { user: 'reviewer' });
			const pending = (await (await reviewer.context.request.get(`/api/v1/items/${code}`)).json())
				.pendingReview as number;
			const returned = await reviewer.context.request.post(`/api/v1/reviews/${pending}/return`, {
				data: {
					comments: [
						{ pointer: '/name', text: '请使用事项目录中的标准名称。' },
						{ text: '请补充设定依据的条款号。' }
					]
				}
			});
			expect(returned.status()).toBe(200);
			await reviewer.context.close();

			await openEditor(page, code);
			const panel = page.getByRole('region', { name: /审核退回/ });
			await expect.poll(() => panel.count()).toBe(1);
			expect(await panel.textContent()).toContain('reviewer');
			expect(await panel.textContent()).toContain('请补充设定依据的条款号。');
			expect(await panel.textContent()).toContain('2 条待处理，0 条已解决');
			const nameComment = panel.locator('li', { hasText: '请使用事项目录中的标准名称。' });
			expect(await nameComment.locator('.where').textContent()).toBe('事项名称');
			// the comment sits at the field it is about
			const atField = page.getByText('审核意见（reviewer）：请使用事项目录中的标准名称。');
			await expect.poll(() => atField.count()).toBe(1);
			await nameComment.getByRole('button', { name: '定位到字段' }).click();
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-pointer')))
				.toBe('/name');

			await nameComment.getByLabel('已解决').check();
			await expect.poll(() => panel.textContent()).toContain('1 条待处理，1 条已解决');
			await expect.poll(() => atField.count()).toBe(0);
			// the mark stays after a reload
			await openEditor(page, code);
			await expect
				.poll(() => page.getByRole('region', { name: /审核退回/ }).textContent())
				.toContain('1 条待处理，1 条已解决');
			await context.close();
		}
	);
});
