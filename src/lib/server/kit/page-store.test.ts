import { describe, expect, it } from 'vitest';
import { FRESH_MS, PageStore, pageKey, sealPage } from './page-store';

const PAGE = '/portal/items/X1';
const KEY = pageKey('GET', PAGE, null, null)!;

function sealed(text: string) {
	return sealPage(
		`<html><body>${text}</body></html>`,
		new Headers({ 'content-type': 'text/html' })
	)!;
}

/** A store on a clock the test moves, reading the stamp the test sets. */
function storeWith(start = Date.UTC(2026, 2, 2, 4)) {
	const clock = { t: start, stamp: 's1' };
	const store = new PageStore(() => clock.t);
	store.connect(async () => clock.stamp);
	return { store, clock };
}

async function kept(store: PageStore, text = 'v1') {
	const at = (await store.stamp())!;
	await store.remember(KEY, at, sealed(text));
}

describe('page keys', () => {
	it('keeps guide pages for readers without a session, one per language', () => {
		expect(pageKey('GET', PAGE, 'banshi_lang=en; a=1', null)).not.toBe(KEY);
		expect(pageKey('HEAD', PAGE, 'banshi_lang=zh-CN', null)).toBe(KEY);
		expect(pageKey('GET', PAGE, 'banshi_lang=xx', null)).toBe(KEY);
	});

	it('never keys a request with a session, a query, another page or a write', () => {
		expect(pageKey('GET', PAGE, 'banshi_session=abc', null)).toBeUndefined();
		expect(pageKey('GET', PAGE, 'a=1; banshi_session=', null)).toBeUndefined();
		expect(pageKey('GET', PAGE, null, 'Bearer abc')).toBeUndefined();
		expect(pageKey('GET', PAGE + '?x=1', null, null)).toBeUndefined();
		expect(pageKey('GET', PAGE + '/apply', null, null)).toBeUndefined();
		expect(pageKey('GET', '/portal', null, null)).toBeUndefined();
		expect(pageKey('POST', PAGE, null, null)).toBeUndefined();
	});
});

describe('sealing a page', () => {
	it('replaces the nonce by the hashes of the inline scripts', () => {
		const page = sealPage(
			'<script nonce="N0nce">a()</script><script src="x.js"></script><p>N</p>',
			new Headers({ 'content-security-policy': "script-src 'self' 'nonce-N0nce'; img-src 'self'" })
		)!;
		expect(page.html).toBe('<script>a()</script><script src="x.js"></script><p>N</p>');
		expect(page.headers['content-security-policy']).toMatch(
			/^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'; img-src 'self'$/
		);
		expect(page.headers.etag).toMatch(/^"[^"]+"$/);
	});

	it('refuses a page that carries its nonce anywhere else', () => {
		expect(
			sealPage(
				'<script nonce="N0nce">a()</script><p data-x="N0nce"></p>',
				new Headers({ 'content-security-policy': "script-src 'nonce-N0nce'" })
			)
		).toBeUndefined();
	});
});

describe('a kept page', () => {
	it('is answered while the stamp it was rendered under is the one in the database', async () => {
		const { store, clock } = storeWith();
		await kept(store);
		expect(store.get(KEY)).toBeDefined();
		clock.stamp = 's2';
		// read again in the background once it is old; until then it stands
		clock.t += FRESH_MS / 2;
		store.get(KEY);
		await store.stamp();
		expect(store.get(KEY)).toBeUndefined();
	});

	it('is not answered once the known stamp is too old to trust', async () => {
		const { store, clock } = storeWith();
		store.connect(() => new Promise<string>(() => {})); // the database stops answering
		const at = { stamp: 's1', day: Math.floor((clock.t + 8 * 3600e3) / 86400e3) };
		await store.remember(KEY, at, sealed('v1'));
		expect(store.get(KEY)).toBeUndefined();
	});

	it('is not answered after a change made here, until the stamp is read again', async () => {
		const { store } = storeWith();
		await kept(store);
		store.changed();
		expect(store.get(KEY)).toBeUndefined();
		await store.stamp();
		expect(store.get(KEY)).toBeDefined();
	});

	it('does not take a stamp read across a change made here', async () => {
		const { store } = storeWith();
		await kept(store);
		let answer: (s: string) => void = () => {};
		store.connect(() => new Promise<string>((r) => (answer = r)));
		const reading = store.stamp();
		store.changed();
		answer('s1');
		await reading;
		expect(store.get(KEY)).toBeUndefined();
	});

	it('is not answered on the next day in China (a later version comes into force at midnight)', async () => {
		// 15:59 UTC is 23:59 in China
		const { store, clock } = storeWith(Date.UTC(2026, 2, 2, 15, 59));
		await kept(store);
		expect(store.get(KEY)).toBeDefined();
		clock.t += 2 * 60 * 1000;
		await store.stamp();
		expect(store.get(KEY)).toBeUndefined();
	});
});
