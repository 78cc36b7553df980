// 划转 / 下放 as the administrator does it (issue 16 part 1): on the item's review page the
// administrator picks the receiving department and the way, confirms, and is told the item now
// belongs there as a draft; the item's trail names both departments.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submit, type Doc } from '../review/api';
import { launch, newContext } from './browser';

const TEMPLATE = JSON.parse(readFileSync('templates/wild-plant-collection.json', 'utf8')) as Doc;
const tag = randomBytes(3).toString('hex');

let browser: Browser;
let admin: { context: BrowserContext; page: Page };
let editor: { context: BrowserContext; page: Page };
let reviewer: { context: BrowserContext; page: Page };

async function ok(r: Awaited<ReturnType<APIRequestContext['get']>>): Promise<Doc> {
	if (!r.ok()) throw new Error(`${r.url()}: ${r.status()} ${await r.text()}`);
	return (await r.json()) as Doc;
}

beforeAll(async () => {
	browser = await launch();
	admin = await newContext(browser, { user: 'admin' });
	editor = await newContext(browser, { user: 'editor' });
	reviewer = await newContext(browser, { user: 'reviewer' });
});

afterAll(async () => {
	await browser?.close();
});

describe('划转 on the review page', () => {
	it('moves a published item to the chosen department as a draft', async () => {
		const doc = structuredClone(TEMPLATE);
		doc.code = `${TEMPLATE.code.slice(0, -6)}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
		delete doc.codeProfile;
		doc.name = `划转测试（${tag}）`;
		const created = await ok(
			await editor.context.request.post('/api/v1/items', { data: { document: doc } })
		);
		const review = await submit(editor.context.request, doc.code);
		await ok(
			await reviewer.context.request.post(`/api/v1/reviews/${review.id}/approve`, { data: {} })
		);
		await ok(await editor.context.request.post(`/api/v1/items/${doc.code}/publish`, { data: {} }));

		const { page } = admin;
		page.on('dialog', (d) => d.accept());
		await page.goto(`/review/${doc.code}`);
		await page.waitForLoadState('networkidle');
		const panel = page.getByRole('region', { name: /划转事项/ });
		const department = panel.getByLabel('接收部门');
		await expect.poll(() => department.locator('option').count()).toBeGreaterThan(1);
		const target = await department.locator('option').nth(1).getAttribute('value');
		expect(target).not.toBe(created.department);
		await department.selectOption(target!);
		await panel.getByLabel('方式').selectOption('delegate');
		await panel.getByLabel(/划转或下放文件/).fill(`测试下放文件 ${tag}`);
		await panel.getByRole('button', { name: '划转' }).click();
		await expect.poll(() => panel.getByRole('status').textContent()).toContain('现为草稿');

		const after = await ok(await admin.context.request.get(`/api/v1/items/${doc.code}`));
		expect([after.department, after.status]).toEqual([target, 'draft']);
		expect(after.document.guide.lineage).toMatchObject({
			change: 'delegate',
			basis: `测试下放文件 ${tag}`,
			predecessors: [{ code: doc.code, version: 1 }]
		});
		expect(after.document.guide.entrustment.mode).toBe('delegate');
		const trail = await ok(await admin.context.request.get(`/api/v1/items/${doc.code}/trail`));
		expect(trail.entries[0]).toMatchObject({
			action: 'item.delegate',
			detail: { from: created.department, to: target }
		});
	});
});
