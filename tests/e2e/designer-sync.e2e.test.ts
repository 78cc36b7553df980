// Nothing an editor types is lost: not on reload, not offline, not when someone else saved first.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';
import {
	createItem,
	openEditor,
	saveState,
	serverItem,
	simpleItem,
	waitSaved
} from '../designer/e2e';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('designer: local drafts and sync', () => {
	it(
		'restores an edit the server never got after a reload, then delivers it',
		{ timeout: 90_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });
			const code = await createItem(context.request, simpleItem(), '重新加载测试');
			await openEditor(page, code);
			// the server does not answer saves: the edit exists only in this browser
			await page.route('**/draft', (route) => route.abort('connectionrefused'));
			await page.getByLabel('事项名称').fill('只在本地的修改');
			await expect.poll(() => saveState(page)).toBe('offline');
			await page.unroute('**/draft');
			await page.reload();
			await page.getByRole('tablist').waitFor();
			expect(await page.getByLabel('事项名称').inputValue()).toBe('只在本地的修改');
			expect(await page.getByRole('status').filter({ hasText: '已恢复' }).count()).toBe(1);
			await waitSaved(page);
			expect((await serverItem(context.request, code)).document.name).toBe('只在本地的修改');
			await context.close();
		}
	);

	it(
		'keeps edits made offline and sends them when the network is back',
		{ timeout: 90_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });
			const code = await createItem(context.request, simpleItem(), '离线测试');
			await openEditor(page, code);
			const before = await serverItem(context.request, code);
			await context.setOffline(true);
			await page.getByLabel('事项名称').fill('离线时的修改');
			await page.getByLabel('到现场次数').fill('3');
			await expect.poll(() => saveState(page)).toBe('offline');
			expect(await page.getByTestId('save-status').textContent()).toContain('离线');
			await page.waitForTimeout(1500);
			expect((await serverItem(context.request, code)).revision).toBe(before.revision);
			await context.setOffline(false);
			await waitSaved(page);
			const after = await serverItem(context.request, code);
			expect(after.revision).toBeGreaterThan(before.revision);
			expect(after.document.name).toBe('离线时的修改');
			expect((after.document.guide as { visits: number }).visits).toBe(3);
			await context.close();
		}
	);

	it(
		'shows a conflict when someone else saved first, and loses nothing',
		{ timeout: 120_000 },
		async () => {
			const a = await newContext(browser, { user: 'editor' });
			const b = await newContext(browser, { user: 'editor2' });
			const code = await createItem(a.context.request, simpleItem(), '冲突测试');
			await openEditor(a.page, code);
			await openEditor(b.page, code);

			await b.page.getByLabel('事项名称').fill('对方的名称');
			await waitSaved(b.page);
			const theirs = await serverItem(a.context.request, code);
			expect(theirs.document.name).toBe('对方的名称');

			await a.page.getByLabel('到现场次数').fill('4');
			await expect.poll(() => saveState(a.page), { timeout: 15_000 }).toBe('conflict');
			const panel = a.page.getByRole('region', { name: '保存冲突' });
			await panel.waitFor();
			expect(await panel.textContent()).toContain('对方的名称');
			// their revision is untouched on the server
			expect((await serverItem(a.context.request, code)).document.name).toBe('对方的名称');

			await panel.getByRole('button', { name: '手动合并' }).click();
			await expect
				.poll(() => a.page.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected'))
				.toBe('true');
			await a.page.locator('.monaco-diff-editor').waitFor();
			await a.page.getByRole('button', { name: '取消合并' }).click();
			await a.page.getByRole('button', { name: '保留我的' }).click();
			await waitSaved(a.page);
			const after = await serverItem(a.context.request, code);
			expect(after.revision).toBe(theirs.revision + 1);
			expect((after.document.guide as { visits: number }).visits).toBe(4);
			await a.context.close();
			await b.context.close();
		}
	);

	it('takes their version when asked, without saving mine', { timeout: 90_000 }, async () => {
		const a = await newContext(browser, { user: 'editor' });
		const b = await newContext(browser, { user: 'editor2' });
		const code = await createItem(a.context.request, simpleItem(), '采用对方测试');
		await openEditor(a.page, code);
		await openEditor(b.page, code);
		await b.page.getByLabel('事项名称').fill('对方版本');
		await waitSaved(b.page);
		await a.page.getByLabel('事项名称').fill('我的版本');
		await expect.poll(() => saveState(a.page), { timeout: 15_000 }).toBe('conflict');
		await a.page.getByRole('button', { name: '采用对方的' }).click();
		await expect.poll(() => a.page.getByLabel('事项名称').inputValue()).toBe('对方版本');
		await a.page.waitForTimeout(1500);
		expect(await saveState(a.page)).toBe('saved');
		expect((await serverItem(a.context.request, code)).document.name).toBe('对方版本');
		await a.context.close();
		await b.context.close();
	});
});
