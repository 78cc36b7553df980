// Shared by the stories in which staff carry items through the registry: one browser with a
// signed-in context per person, and items made from a shipped template and published the way
// people do it (the editor submits, the reviewer approves, the editor publishes).
import type { APIResponse, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { freshCode as designerFreshCode, template as templateFile } from '../designer/e2e';
import type { Doc } from '../review/api';
import { launch, newContext } from './browser';

export interface Person {
	context: BrowserContext;
	page: Page;
}

/**
 * One Chromium for the file and each user signed in, in a context of their own, before its first
 * test; closed after its last. The people are filled in then, so they can be destructured at once.
 */
export function signedIn<const U extends string>(...users: U[]) {
	let browser: Browser | undefined;
	const people = Object.fromEntries(users.map((u) => [u, {} as Person])) as Record<U, Person>;
	beforeAll(async () => {
		browser = await launch();
		for (const u of users) Object.assign(people[u], await newContext(browser, { user: u }));
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		...people,
		/** the same browser, for someone else's context */
		browser(): Browser {
			if (!browser) throw new Error('the browser starts before the first test');
			return browser;
		}
	};
}

/** The body of a successful answer; anything else fails the story with what the server said. */
export async function ok(r: APIResponse): Promise<Doc> {
	expect(r.ok(), `${r.url()}: ${r.status()} ${await r.text()}`).toBe(true);
	return (await r.json()) as Doc;
}

/** A shipped template from `templates/`. */
export const template = (slug: string): Doc => templateFile(slug) as Doc;

/** A code under the template's department and level that no other story uses. */
export const freshCode = (from: Doc): string => designerFreshCode(from as never);

interface Copy {
	name: string;
	code?: string;
	department?: string;
}

/**
 * The template as a new draft of `author`'s department (or the one named, for an author of
 * several), under `code` (a fresh one unless given) and `name`, after `edit`; answers the item as
 * the server holds it. Without its code profile, so the copy's code is not checked against the
 * template's kind of code.
 */
export async function draftCopy(
	author: Person,
	from: Doc,
	copy: Copy,
	edit: (doc: Doc) => void = () => {}
): Promise<Doc> {
	const doc = structuredClone(from);
	doc.code = copy.code ?? freshCode(from);
	delete doc.codeProfile;
	doc.name = copy.name;
	edit(doc);
	const department = copy.department && { department: copy.department };
	return ok(
		await author.context.request.post('/api/v1/items', { data: { document: doc, ...department } })
	);
}

/** Submitted by the editor, approved by the reviewer and published by the editor. */
export async function publish(
	people: { editor: Person; reviewer: Person },
	code: string,
	kind: 'items' | 'onethings' = 'items'
): Promise<void> {
	const editor = people.editor.context.request;
	const review = await ok(await editor.post(`/api/v1/${kind}/${code}/submit`));
	await ok(
		await people.reviewer.context.request.post(`/api/v1/reviews/${review.id}/approve`, {
			data: {}
		})
	);
	await ok(await editor.post(`/api/v1/${kind}/${code}/publish`, { data: {} }));
}

/** {@link draftCopy} by the editor, then {@link publish}ed: version 1; answers its code. */
export async function publishedCopy(
	people: { editor: Person; reviewer: Person },
	from: Doc,
	copy: Copy,
	edit?: (doc: Doc) => void
): Promise<string> {
	const { code } = await draftCopy(people.editor, from, copy, edit);
	await publish(people, code);
	return code as string;
}

/** Opens a page and waits until it answers clicks: hydrated, its panels loaded, nothing in flight. */
export async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForLoadState('networkidle');
}
