// The README's demo walkthrough as one story: an editor creates a blank item and fills it in,
// submits it; the reviewer returns it with a comment; the editor reads the comment in the designer,
// fixes the item and submits again; the reviewer approves; the editor publishes; the portal shows it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from './browser';
import { openEditor, waitSaved } from '../designer/e2e';
import { open, signedIn } from './workflow';

const { browser, editor, reviewer } = signedIn('editor', 'reviewer');

const fill = (page: Page, pointer: string, value: string) =>
	page.locator(`[data-pointer="${pointer}"]`).fill(value);

describe('the demo walkthrough', () => {
	it(
		'create blank → fill → submit → return with comment → fix → approve → publish → portal',
		{ timeout: 180_000 },
		async () => {
			const name = `演示事项${Date.now() % 1e6}`;
			const { page } = editor;

			// create blank
			await page.goto('/designer');
			await page.getByRole('table', { name: '事项目录' }).waitFor();
			await page.getByRole('button', { name: '+ 新建事项' }).click();
			const dialog = page.getByRole('dialog', { name: '新建事项' });
			await dialog.getByLabel('部门').selectOption('market');
			await dialog.getByLabel('事项名称').fill(name);
			await dialog.getByRole('button', { name: '创建' }).click();
			await page.waitForURL(/\/designer\/items\//);
			const code = decodeURIComponent(page.url().split('/').pop()!);

			// fill in what the placeholders hold
			await page.getByRole('tablist').waitFor();
			await fill(page, '/guide/legalBasis/0/law', '《中华人民共和国行政许可法》');
			await fill(page, '/guide/conditions/0', '申请人为依法登记的市场主体');
			await fill(page, '/guide/consult/phones/0', '0371-12345678');
			await fill(page, '/guide/result/name', '批准文件');
			await waitSaved(page);
			const submit = page.getByRole('button', { name: '提交审核' });
			await expect.poll(() => submit.isDisabled()).toBe(false);
			await submit.click();
			await expect.poll(() => page.getByText('审核中 — 编辑将撤回提交').count()).toBe(1);

			// the reviewer returns it with a comment
			await open(reviewer.page, `/review/${code}`);
			await reviewer.page.getByLabel('总体意见').fill('请在受理条件中写明经营场所要求。');
			await reviewer.page.getByRole('button', { name: '退回', exact: true }).click();
			await expect
				.poll(() => reviewer.page.getByTestId('item-status').textContent())
				.toBe('已退回');

			// the editor reads it in the designer, fixes the item, marks it resolved and resubmits
			await openEditor(page, code);
			const returned = page.getByRole('region', { name: /审核退回/ });
			await expect.poll(() => returned.textContent()).toContain('请在受理条件中写明经营场所要求。');
			await fill(page, '/guide/conditions/0', '申请人为依法登记的市场主体，并有固定的经营场所');
			await waitSaved(page);
			await returned.getByLabel('已解决').check();
			await expect.poll(() => submit.isDisabled()).toBe(false);
			await submit.click();
			await expect.poll(() => page.getByText('审核中 — 编辑将撤回提交').count()).toBe(1);

			// the reviewer approves
			await open(reviewer.page, `/review/${code}`);
			await reviewer.page.getByRole('button', { name: '批准', exact: true }).click();
			await expect
				.poll(() => reviewer.page.getByTestId('item-status').textContent())
				.toBe('已通过审核');

			// the editor publishes
			await openEditor(page, code);
			await page.getByRole('button', { name: '发布', exact: true }).click();
			await expect.poll(() => page.getByText('已发布第 1 版').count()).toBe(1);

			// the portal shows the guide
			const portal = await newContext(browser());
			await portal.page.goto(`/portal/items/${code}`);
			await expect
				.poll(() => portal.page.getByRole('heading', { level: 1 }).textContent())
				.toContain(name);
			expect(await portal.page.textContent('body')).toContain('并有固定的经营场所');
			await portal.context.close();
		}
	);
});
