// The reviewer's day at the desk, told as the reviewer lives it: a brand-new item shows everything
// that is being approved; comments survive a reload until the decision; the comparison offers what
// matters (last published, last reviewed, checkpoints); the diff speaks in labels; the audit trail
// and the notifications tell who did what.
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getItem, saveDraft, submit, type Doc } from '../review/api';
import { launch, newContext } from './browser';

// 社会保障卡申领 under new codes, so these stories share no item with the other suites
const TEMPLATE = JSON.parse(readFileSync('templates/social-security-card.json', 'utf8')) as Doc;
const codeOf = (n: number) => `${TEMPLATE.code.slice(0, -3)}${900 + n}`;

let browser: Browser;
let editor: { context: BrowserContext; page: Page };
let reviewer: { context: BrowserContext; page: Page };

beforeAll(async () => {
	browser = await launch();
	editor = await newContext(browser, { user: 'editor' });
	reviewer = await newContext(browser, { user: 'reviewer' });
});
afterAll(async () => {
	await browser?.close();
});

async function ok(r: Awaited<ReturnType<APIRequestContext['get']>>): Promise<Doc> {
	if (!r.ok()) throw new Error(`${r.url()}: ${r.status()} ${await r.text()}`);
	return (await r.json()) as Doc;
}

/** A new item by the editor, from the template with its own code and name. */
async function newItem(n: number, name: string, edit: (d: Doc) => void = () => {}) {
	const doc = structuredClone(TEMPLATE);
	doc.code = codeOf(n);
	delete doc.codeProfile;
	doc.name = name;
	edit(doc);
	await ok(await editor.context.request.post('/api/v1/items', { data: { document: doc } }));
	return doc.code as string;
}

/** Submitted, approved by the reviewer and published by the editor: version 1. */
async function publishedItem(n: number, name: string) {
	const code = await newItem(n, name);
	const review = await submit(editor.context.request, code);
	await ok(
		await reviewer.context.request.post(`/api/v1/reviews/${review.id}/approve`, { data: {} })
	);
	await ok(await editor.context.request.post(`/api/v1/items/${code}/publish`, { data: {} }));
	return code;
}

/** polls up to 10 s: a page may still be hydrating or saving */
const eventually = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** Opens a page and waits until it answers clicks (hydrated, nothing loading). */
async function open(page: Page, url: string) {
	await page.goto(url);
	await page.waitForLoadState('networkidle');
}

describe('a never-published item', () => {
	it('shows the reviewer the whole guide, materials and form being approved, with lint', async () => {
		const name = '社会保障卡申领（高新区试点）';
		const code = await newItem(1, name);
		await submit(editor.context.request, code);

		const { page } = reviewer;
		await open(page, '/review');
		const row = page.locator(`[data-testid="review-queue"] tr[data-code="${code}"]`);
		await eventually(() => row.count()).toBe(1);
		await row.getByRole('link').first().click();
		await page.waitForURL(`**/review/${code}`);

		const content = page.getByTestId('submitted-content');
		await eventually(() => content.count()).toBe(1);
		expect(await content.textContent()).toContain('该事项尚未发布过');
		// the guide as the portal shows it
		expect(await content.getByRole('heading', { name, level: 3 }).count()).toBe(1);
		expect(await content.getByRole('heading', { name: '受理条件' }).count()).toBe(1);
		// every material in the materials table
		const table = content.locator('table.materials');
		for (const m of TEMPLATE.materials as { name: string }[])
			expect(await table.textContent()).toContain(m.name);
		// the application form, read-only
		const id = content.getByLabel('身份证号码').first();
		expect(await id.count()).toBe(1);
		expect(await id.isEditable()).toBe(false);
		// and the standardization check of what is submitted
		expect(await page.getByTestId('lint-delta').textContent()).toContain('当前版本共');
	});
});

describe('comment drafts', () => {
	it('keeps the reviewer’s comments across a reload until the decision is sent', async () => {
		const code = await publishedItem(2, '社会保障卡申领（意见草稿）');
		await saveDraft(editor.context.request, code, (d) => {
			d.guide.conditions.push('申请人应当持有本市居住证。');
		});
		const review = await submit(editor.context.request, code);

		const { page } = reviewer;
		await open(page, `/review/${code}`);
		const change = page.locator(
			'[data-testid="against-published"] li.change[data-pointer^="/guide/conditions"]'
		);
		await change.getByRole('button', { name: /^对此处提意见/ }).click();
		await change.getByRole('textbox').fill('请说明增加该条件的依据。');
		await page.getByLabel('总体意见').fill('其余内容无异议。');
		await eventually(() => page.getByText('意见草稿已保存，刷新页面也不会丢失。').count()).toBe(1);

		// the browser is closed and opened again: nothing is lost
		await page.reload();
		await page.waitForLoadState('networkidle');
		await expect
			.poll(() => change.getByRole('textbox').inputValue())
			.toBe('请说明增加该条件的依据。');
		expect(await page.getByLabel('总体意见').inputValue()).toBe('其余内容无异议。');

		await page.getByRole('button', { name: '退回', exact: true }).click();
		await eventually(() => page.getByTestId('item-status').textContent()).toBe('已退回');
		expect(await page.getByText('审核完成：已退回。').count()).toBe(1);
		const sent = await ok(await reviewer.context.request.get(`/api/v1/reviews/${review.id}`));
		expect(sent.comments.map((c: { text: string }) => c.text).sort()).toEqual([
			'其余内容无异议。',
			'请说明增加该条件的依据。'
		]);
		// the drafts went with the decision
		const after = await reviewer.context.request.get(`/api/v1/reviews/${review.id}/drafts`);
		expect(after.status()).toBe(409);
		expect((await getItem(editor.context.request, code)).status).toBe('returned');
	});
});
