// Helpers for the designer's end-to-end tests: items made through the API from the shipped templates,
// the editor opened on them, and what the server holds.
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';

type Doc = Record<string, unknown> & { code: string; name: string };

export function template(slug: string): Doc {
	return JSON.parse(readFileSync(`templates/${slug}.json`, 'utf8'));
}

let counter = 0;
/** A code under the template's department and level that no other test uses. */
export function freshCode(doc: Doc): string {
	const base =
		String(Date.now() % 1e9).padStart(9, '0') + String(counter++ % 1000).padStart(3, '0');
	return doc.code.slice(0, 19) + base;
}

/** Create an item on the server (as the context's signed-in user); returns its code. */
export async function createItem(
	request: APIRequestContext,
	doc: Doc,
	name?: string
): Promise<string> {
	const code = freshCode(doc);
	// one department holds one live item of a name
	name ??= `${doc.name}（${code.slice(-6)}）`;
	const r = await request.post('/api/v1/items', { data: { document: { ...doc, code, name } } });
	if (!r.ok()) throw new Error(`create failed: ${r.status()} ${await r.text()}`);
	return code;
}

export async function serverItem(request: APIRequestContext, code: string) {
	const r = await request.get(`/api/v1/items/${code}`);
	expect(r.ok()).toBe(true);
	return (await r.json()) as { revision: number; status: string; document: Doc };
}

export async function openEditor(page: Page, code: string) {
	await page.goto(`/designer/items/${code}`);
	await page.getByRole('tablist').waitFor();
}

export const saveState = (page: Page) => page.getByTestId('save-status').getAttribute('data-state');

export async function waitSaved(page: Page) {
	await expect.poll(() => saveState(page), { timeout: 15_000 }).toBe('saved');
}

export async function tab(page: Page, name: string) {
	await page.getByRole('tab', { name, exact: true }).click();
	await expect
		.poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected'))
		.toBe('true');
}

/** The guide elements of the national implementation list beyond the core guide. */
const NATIONAL_ELEMENTS = [
	'powerSource',
	'entrustment',
	'jointDepartments',
	'handlingItem',
	'intermediaries',
	'quantityLimit',
	'supervision',
	'itemStatus',
	'services',
	'topics',
	'remedies',
	'area'
];

/**
 * A template with a tiny form nobody has to fill in, no material conditions on its fields and none
 * of the optional national elements (the JSON tab test types the whole document into Monaco).
 */
export function simpleItem(slug = 'food-business-licence'): Doc {
	const doc = template(slug);
	const guide = { ...(doc.guide as Record<string, unknown>) };
	for (const key of NATIONAL_ELEMENTS) delete guide[key];
	const materials = (doc.materials as Record<string, unknown>[]).map((m) => {
		const { condition: _c, ...rest } = m;
		return rest;
	});
	return {
		...doc,
		guide,
		materials,
		form: {
			schema: { type: 'object', properties: { note: { type: 'string', title: '备注' } } },
			uiSchema: {}
		}
	};
}
