// Issue 14 items 8 and 9 as the editor lives them: the designer reloads without a network from this
// browser's copy, keeps what is typed offline and saves it without a false conflict once the network
// is back; many autosaves are one working revision, and an old revision can be restored.
import type { Browser, Page } from 'playwright-core';
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

/** The designer's worker has taken this page over and keeps a copy of it for offline reloads. */
async function readyOffline(page: Page) {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					await navigator.serviceWorker.ready;
					const page = await caches.match(location.origin + location.pathname, {
						ignoreVary: true
					});
					const data = await caches.match(`${location.origin}/designer/__data.json`, {
						ignoreVary: true
					});
					return navigator.serviceWorker.controller !== null && !!page && !!data;
				}),
			{ timeout: 60_000 }
		)
		.toBe(true);
}

describe('designer: working offline', () => {
	it(
		'reloads the editor offline from this browser’s copy and saves the edit when back online',
		{ timeout: 180_000 },
		async () => {
			const { context, page } = await newContext(browser, {
				user: 'editor',
				serviceWorkers: 'allow'
			});
			const code = await createItem(context.request, simpleItem(), '离线重新加载测试');
			await openEditor(page, code);
			await readyOffline(page);
			const before = await serverItem(context.request, code);

			await context.setOffline(true);
			await page.reload();
			await page.getByRole('tablist').waitFor();
			// the designer says it works on this device's copy
			expect(await page.getByRole('status').filter({ hasText: '无法连接服务器' }).count()).toBe(1);
			expect(await page.getByLabel('事项名称').inputValue()).toBe(before.document.name);

			await page.getByLabel('事项名称').fill('离线重新加载后的修改');
			await expect.poll(() => saveState(page)).toBe('offline');
			expect(await page.getByTestId('save-status').textContent()).toContain('离线');

			await context.setOffline(false);
			await waitSaved(page);
			const after = await serverItem(context.request, code);
			expect(after.document.name).toBe('离线重新加载后的修改');
			expect(after.revision).toBe(before.revision + 1);
			expect(await page.getByRole('region', { name: '保存冲突' }).count()).toBe(0);
			await context.close();
		}
	);

	it('does not serve the portal from the device', { timeout: 120_000 }, async () => {
		const { context, page } = await newContext(browser, {
			user: 'editor',
			serviceWorkers: 'allow'
		});
		const code = await createItem(context.request, simpleItem(), '门户不离线测试');
		await openEditor(page, code);
		await readyOffline(page);
		await page.goto('/portal');
		expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
		await context.close();
	});
});

describe('designer: revision history', () => {
	it(
		'keeps one sitting’s autosaves as one working revision and restores an old revision',
		{ timeout: 150_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });
			const code = await createItem(context.request, simpleItem(), '修订历史测试');
			const original = (await serverItem(context.request, code)).document.name;
			await openEditor(page, code);
			const name = page.getByLabel('事项名称');
			for (const text of ['第一次修改', '第二次修改', '第三次修改']) {
				await name.fill(text);
				await waitSaved(page);
			}
			const history = page.getByRole('region', { name: '修订历史' });
			// the creation is a checkpoint; the three autosaves are one working revision
			await expect.poll(() => history.getByTestId('revision').count(), { timeout: 15_000 }).toBe(2);
			expect(await history.getByText('创建', { exact: true }).count()).toBe(1);

			await history.getByLabel('检查点名称').fill('改名之前');
			await history.getByRole('button', { name: '保存检查点' }).click();
			await history.getByText('检查点：改名之前').waitFor();

			await history.getByRole('button', { name: '恢复第 1 版的内容' }).click();
			await expect.poll(() => name.inputValue()).toBe(original);
			await history.getByText('恢复自第 1 版').waitFor();
			const after = await serverItem(context.request, code);
			expect(after.document.name).toBe(original);
			// nothing in the history was rewritten: the named checkpoint keeps its content
			const named = Number(
				await history
					.getByTestId('revision')
					.filter({ hasText: '检查点：改名之前' })
					.getAttribute('data-revision')
			);
			const kept = await context.request.get(`/api/v1/items/${code}/revisions/${named}`);
			expect((await kept.json()).document.name).toBe('第三次修改');
			await page.waitForTimeout(1500);
			expect(await saveState(page)).toBe('saved');
			await context.close();
		}
	);
});
