// Script and HTML typed into every text field of a guide: the item is stored and published with the
// text exactly as typed (it is data), and the portal's guide page shows it as text — escaped, inert —
// never as markup a browser would run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateItem } from '../../src/lib/domain/item/validate';
import { lintItem } from '../../src/lib/domain/lint';
import { Api, DEMO_PASSWORD, type Json } from '../api/client';
import type { App } from '../load/lib/app';
import { storage, type Storage } from '../load/lib/engines';
import { baseDocument } from './corpus';

const payload = (i: number) => `<script>alert("x${i}")</script><img src=x onerror=alert(${i})>`;

/** Every string under the guide, as [holder, key] pairs that can be written back. */
function strings(node: Json, out: [Json, string | number][] = []): [Json, string | number][] {
	for (const [k, v] of Object.entries(node)) {
		const key = Array.isArray(node) ? Number(k) : k;
		if (typeof v === 'string') out.push([node, key]);
		else if (v && typeof v === 'object') strings(v, out);
	}
	return out;
}

/** The template with the payload appended to each guide string the item checks still accept. */
function hostileDocument(code: string): { doc: Json; injected: number } {
	const doc = baseDocument(code);
	let injected = 0;
	for (const [holder, key] of strings(doc.guide)) {
		const original = holder[key];
		holder[key] = original + payload(injected);
		const checked = validateItem(doc, { locale: 'en' });
		const blocking =
			checked.ok && checked.item
				? lintItem(checked.item, { locale: 'en' }).some((f) => f.severity === 'error')
				: true;
		if (blocking) holder[key] = original;
		else injected++;
	}
	return { doc, injected };
}

describe('script and HTML in the guide', () => {
	let store: Storage;
	let app: App;
	let api: Api;
	let code: string;
	let injected: number;

	beforeAll(async () => {
		store = await storage('pglite');
		app = await store.start();
		api = new Api(app.url);
		const editor = await api.login('editor', DEMO_PASSWORD);
		const reviewer = await api.login('reviewer', DEMO_PASSWORD);
		code = baseDocument().code.slice(0, 19) + '900000000009';
		const hostile = hostileDocument(code);
		injected = hostile.injected;
		const doc = hostile.doc;
		expect((await api.post('/api/v1/items', { document: doc }, { token: editor })).status).toBe(
			201
		);
		const review = await api.post(`/api/v1/items/${code}/submit`, undefined, { token: editor });
		expect(
			(await api.post(`/api/v1/reviews/${review.body.id}/approve`, undefined, { token: reviewer }))
				.status
		).toBe(200);
		const pub = await api.post(`/api/v1/items/${code}/publish`, undefined, { token: editor });
		expect(pub.status, pub.text.slice(0, 500)).toBe(201);
	});

	afterAll(async () => {
		await app?.stop();
		await store?.dispose();
	});

	it('accepts markup in most guide fields as plain text', () => {
		expect(injected).toBeGreaterThan(20);
	});

	it('publishes the text exactly as typed', async () => {
		const bundle = await (await fetch(`${app.url}/api/v1/portal/items/${code}/versions/1`)).json();
		expect(JSON.stringify(bundle)).toContain(JSON.stringify(payload(0)).slice(1, -1));
	});

	it('shows it escaped on the portal guide page', async () => {
		const res = await fetch(`${app.url}/portal/items/${code}`);
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).not.toMatch(/<script>alert\("x\d+"\)<\/script>/);
		expect(html).not.toMatch(/<img src=x onerror=/);
		// (an HTML text node needs only < and & escaped; > and " may stay as they are)
		const escaped =
			html.match(/&lt;script(&gt;|>)alert\((&quot;|")x\d+(&quot;|")\)&lt;\/script(&gt;|>)/g) ?? [];
		// every injected field the page shows is there, as text
		console.log(
			`${escaped.length} escaped payloads on the page, ${injected} guide fields injected`
		);
		expect(escaped.length).toBeGreaterThan(10);
	});
});
