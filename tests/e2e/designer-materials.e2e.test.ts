// The materials table: reorder with the move buttons and by dragging, duplicate and remove, and a
// condition built from a form field without writing JSON.
import type { Browser, Page } from 'playwright-core';
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

const names = (page: Page) => page.locator('tbody tr button.name').allTextContents();

describe('designer: materials', () => {
	it(
		'reorders by keyboard and by drag, duplicates, removes and builds a condition',
		{ timeout: 120_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });
			const code = await createItem(context.request, simpleItem(), '材料测试事项');
			await openEditor(page, code);
			await tab(page, '申请材料');
			const start = await names(page);
			expect(start.length).toBeGreaterThan(3);

			// keyboard: the move button keeps focus on the moved row and the move is announced
			const first = page.locator('tbody tr').first();
			await first.getByRole('button', { name: '下移' }).focus();
			await page.keyboard.press('Enter');
			expect(await names(page)).toEqual([start[1], start[0], ...start.slice(2)]);
			expect(
				await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.material)
			).toBe(await page.locator('tbody tr').nth(1).getAttribute('data-material'));
			expect(await page.getByText(`已将“${start[0]}”移到第 2 位`).count()).toBe(1);

			// drag: the third row's handle onto the first row
			const handle = page.locator('tbody tr').nth(2).locator('.handle');
			const target = page.locator('tbody tr').nth(0);
			const from = (await handle.boundingBox())!;
			const to = (await target.boundingBox())!;
			await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
			await page.mouse.down();
			for (let i = 1; i <= 12; i++)
				await page.mouse.move(from.x + from.width / 2, from.y + ((to.y + 5 - from.y) * i) / 12, {
					steps: 2
				});
			await page.mouse.up();
			await expect
				.poll(() => names(page))
				.toEqual([start[2], start[1], start[0], ...start.slice(3)]);

			// duplicate, then remove the copy
			await page.locator('tbody tr').first().getByRole('button', { name: '复制' }).click();
			expect((await names(page)).length).toBe(start.length + 1);
			await page.locator('tbody tr').nth(1).getByRole('button', { name: '删除' }).click();
			expect(await names(page)).toEqual([start[2], start[1], start[0], ...start.slice(3)]);

			// a condition from the form's field, no JSON
			await page.locator('tbody tr').first().locator('button.name').click();
			const editor = page.locator('#material-editor');
			await editor.getByLabel('适用情形').selectOption('when');
			await editor.getByLabel('字段', { exact: true }).selectOption('note');
			await editor.getByLabel('比较', { exact: true }).selectOption('filled');
			await waitSaved(page);
			const doc = (await serverItem(context.request, code)).document as unknown as {
				materials: { name: string; condition?: unknown }[];
			};
			expect(doc.materials.map((m) => m.name)).toEqual([
				start[2],
				start[1],
				start[0],
				...start.slice(3)
			]);
			expect(doc.materials[0].condition).toEqual({ required: ['note'] });
			await context.close();
		}
	);
});
