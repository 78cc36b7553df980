// With English switched on, every string the designer itself shows is English: the item below has
// only Latin text, so any Chinese character left on the page is an untranslated interface string.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';
import { readdirSync } from 'node:fs';
import { createItem, openEditor, simpleItem, tab, template } from '../designer/e2e';

const TEMPLATE_SLUGS = readdirSync('templates')
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.replace(/\.json$/, ''));

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const HAN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Replace every Chinese string of a document by Latin text of the same role. */
function latin(value: unknown, path = ''): unknown {
	if (typeof value === 'string')
		return HAN.test(value) ? `Text ${path.replace(/\W+/g, ' ').trim()}` : value;
	if (Array.isArray(value)) return value.map((v, i) => latin(v, `${path} ${i}`));
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, latin(v, `${path} ${k}`)]));
	return value;
}

/**
 * Chinese left in what the page shows: visible text nodes, option texts, aria-labels and titles,
 * each with the data the test cannot translate (department, user and template names) taken out.
 * Only the page's <main> is the designer's (the header belongs to the application shell), and the
 * application form rendered in the preview is the published bundle's content, drawn by the form
 * renderer, so it is skipped too.
 */
async function chineseLeft(page: Page, data: string[]): Promise<string[]> {
	const texts = await page.evaluate(() => {
		const out: string[] = [];
		const visible = (el: Element | null) =>
			!!el &&
			// the designer is what <main> holds; the shared header is the shell's
			!!el.closest('main') &&
			// the published form as the portal renders it is content, not the designer's interface
			!el.closest('[data-testid="preview-form"] form') &&
			(el as HTMLElement).offsetParent !== null;
		const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			if (visible(n.parentElement)) out.push(n.textContent ?? '');
		}
		for (const el of document.querySelectorAll('[aria-label], [title], option')) {
			const host = el instanceof HTMLOptionElement ? el.closest('select') : el;
			if (!visible(host)) continue;
			out.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
			if (el instanceof HTMLOptionElement) out.push(el.text);
		}
		return out;
	});
	return texts
		.map((t) => data.reduce((rest, d) => rest.split(d).join(' '), t))
		.filter((t) => HAN.test(t));
}

describe('designer in English', () => {
	it('switches every visible string of the designer to English', { timeout: 120_000 }, async () => {
		const { context, page } = await newContext(browser, { user: 'editor' });
		const code = await createItem(
			context.request,
			latin(simpleItem()) as ReturnType<typeof simpleItem>,
			'Latin test item'
		);
		// names that are data, not interface: departments, the signed-in user, the bundled templates,
		const departments = (await (await context.request.get('/api/v1/departments')).json())
			.departments as { name: string }[];
		const me = (await (await context.request.get('/api/v1/me')).json()).user as {
			displayName: string;
		};
		// and the registered laws the legal basis editor offers (titles of laws are not translated)
		const laws = (await (await context.request.get('/api/v1/laws')).json()).laws as {
			title: string;
		}[];
		const data = [
			...departments.map((d) => d.name),
			...laws.map((l) => `《${l.title}》`),
			me.displayName,
			...TEMPLATE_SLUGS.map((slug) => template(slug).name)
		];

		await page.goto('/designer');
		await page.getByRole('button', { name: 'English' }).click();
		await expect.poll(() => page.getByRole('heading', { name: 'Item catalog' }).count()).toBe(1);
		await page.getByRole('searchbox').fill(code);
		await expect.poll(() => page.getByText('1 item', { exact: true }).count()).toBe(1);
		expect(await chineseLeft(page, data)).toEqual([]);

		await openEditor(page, code);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		for (const name of ['Service guide', 'Materials', 'Tolerance', 'Application form', 'Preview']) {
			await tab(page, name);
			await page.waitForTimeout(500);
			expect(await chineseLeft(page, data), name).toEqual([]);
		}
		await tab(page, 'Materials');
		await page.getByRole('button', { name: '+ Add a material' }).click();
		await page.waitForTimeout(300);
		expect(await chineseLeft(page, data)).toEqual([]);
		await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/Saved|Unsaved/);
		await context.close();
	});
});
