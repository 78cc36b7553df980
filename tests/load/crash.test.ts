// The server killed with SIGKILL in the middle of publishing and in the middle of a batch of item
// creations, then started again on the same data: everything it acknowledged is there, a version
// exists whole or not at all, numbering has no gaps, nothing published before changed, and the
// registry goes on working (the interrupted publications can be completed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, DEMO_PASSWORD, templateDocument, type Json } from '../api/client';
import type { App } from './lib/app';
import { allVersions, openStorage, violations, type VersionBytes } from './lib/consistency';
import { engineNames, storage, type Storage } from './lib/engines';

const TEMPLATES = [
	'food-business-licence',
	'wild-plant-collection',
	'public-place-hygiene-licence'
];

/** Every published version the portal serves, with its exact bytes. */
async function portalSnapshot(url: string): Promise<VersionBytes[]> {
	const list = await (await fetch(`${url}/api/v1/portal/items?limit=100`)).json();
	const out: VersionBytes[] = [];
	for (const item of list.items) {
		const vs = await (await fetch(`${url}/api/v1/portal/items/${item.code}/versions`)).json();
		for (const v of vs.versions)
			out.push({
				code: item.code,
				n: v.n,
				hash: v.hash,
				bundle: await (await fetch(url + v.href)).text()
			});
	}
	return out;
}

/** Runs `start(i)` for i = 0… with `parallel` in flight, until `enough` of them succeeded; then
 * kills the server at once, with the rest still in flight. Returns what was acknowledged. */
async function killAfter<T>(
	app: App,
	total: number,
	parallel: number,
	enough: number,
	start: (i: number) => Promise<T | null>
): Promise<T[]> {
	const acknowledged: T[] = [];
	let next = 0;
	let killed: Promise<void> | undefined;
	const worker = async () => {
		while (next < total && !killed) {
			const i = next++;
			const r = await start(i).catch(() => null);
			if (r !== null && !killed) acknowledged.push(r);
			if (acknowledged.length >= enough) killed ??= app.kill();
		}
	};
	await Promise.all(Array.from({ length: parallel }, worker));
	await (killed ?? app.kill());
	return [...acknowledged];
}

describe.each(await engineNames())('crash safety (%s)', (engine) => {
	let store: Storage;
	let app: App;
	let api: Api;
	let editor: string;
	let reviewer: string;
	let before: VersionBytes[];
	const approved: string[] = [];

	const signIn = async () => {
		api = new Api(app.url);
		editor = await api.login('editor', DEMO_PASSWORD);
		reviewer = await api.login('reviewer', DEMO_PASSWORD);
	};

	beforeAll(async () => {
		store = await storage(engine);
		app = await store.start();
		await signIn();
		before = await portalSnapshot(app.url);
		expect(before.length).toBeGreaterThan(0);
		// items approved and ready, so the kill lands among publications rather than reviews
		for (let i = 0; i < 8; i++) {
			const doc = templateDocument(TEMPLATES[i % TEMPLATES.length]);
			const created = await api.post('/api/v1/items', { document: doc }, { token: editor });
			expect(created.status).toBe(201);
			const review = await api.post(`/api/v1/items/${doc.code}/submit`, undefined, {
				token: editor
			});
			const ok = await api.post(`/api/v1/reviews/${review.body.id}/approve`, undefined, {
				token: reviewer
			});
			expect(ok.status).toBe(200);
			approved.push(doc.code);
		}
	});

	afterAll(async () => {
		await app?.stop();
		await store?.dispose();
	});

	it('keeps acknowledged publications and no partial version after a kill mid-publishing', async () => {
		const acked = await killAfter(app, approved.length, approved.length, 1, async (i) => {
			const r = await api.post(`/api/v1/items/${approved[i]}/publish`, undefined, {
				token: editor
			});
			return r.status === 201
				? { code: approved[i], n: r.body.version.n, hash: r.body.version.hash }
				: null;
		});
		expect(acked.length).toBeGreaterThanOrEqual(1);
		console.log(
			`${engine}: killed with ${acked.length} of ${approved.length} publications acknowledged`
		);

		app = await store.start();
		await signIn();
		for (const a of acked) {
			const vs = await (await fetch(`${app.url}/api/v1/portal/items/${a.code}/versions`)).json();
			expect(vs.versions.map((v: Json) => [v.n, v.hash])).toEqual([[a.n, a.hash]]);
		}
		for (const v of before) {
			const res = await fetch(`${app.url}/api/v1/portal/items/${v.code}/versions/${v.n}`);
			expect(await res.text()).toBe(v.bundle);
		}
		// What the kill interrupted is still approved (or done) and can be published now, as v1.
		for (const code of approved) {
			const item = await api.get(`/api/v1/items/${code}`, { token: editor });
			if (item.body.status === 'published') continue;
			expect(item.body.status).toBe('approved');
			const pub = await api.post(`/api/v1/items/${code}/publish`, undefined, { token: editor });
			expect(pub.status).toBe(201);
			expect(pub.body.version.n).toBe(1);
		}
	});

	it('keeps acknowledged creations and no half-created item after a kill mid-import', async () => {
		const acked = await killAfter(app, 400, 8, 25, async (i) => {
			const doc = templateDocument(TEMPLATES[i % TEMPLATES.length]);
			const r = await api.post('/api/v1/items', { document: doc }, { token: editor });
			return r.status === 201 ? doc : null;
		});
		expect(acked.length).toBeGreaterThanOrEqual(25);
		console.log(`${engine}: killed after ${acked.length} acknowledged creations`);

		app = await store.start();
		await signIn();
		for (const doc of acked) {
			const item = await api.get(`/api/v1/items/${doc.code}`, { token: editor });
			expect(item.status).toBe(200);
			expect(item.body.revision).toBe(1);
			expect(item.body.document).toEqual(doc);
		}
	});

	it('leaves the database consistent, with every earlier version byte for byte', async () => {
		await app.stop();
		const opened = await openStorage(store);
		try {
			expect(await violations(opened.db)).toEqual([]);
			const now = await allVersions(opened.db);
			for (const v of before) expect(now).toContainEqual(v);
		} finally {
			await opened.close();
		}
		app = await store.start();
	});
});
