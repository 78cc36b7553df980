// The embedded database survives its process being killed: what the API acknowledged (a new item, a
// saved draft, a sign-in session) is there after a restart on the same data directory, twice over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, DEMO_PASSWORD, templateDocument } from '../api/client';
import type { App } from './lib/app';
import { storage, type Storage } from './lib/engines';

describe('restart of the embedded database after SIGKILL', () => {
	let store: Storage;
	let app: App;

	beforeAll(async () => {
		store = await storage('pglite');
		app = await store.start();
	});

	afterAll(async () => {
		await app?.stop();
		await store?.dispose();
	});

	it('keeps acknowledged writes across two kills', async () => {
		let api = new Api(app.url);
		const token = await api.login('editor', DEMO_PASSWORD);
		const doc = templateDocument('social-security-card');
		expect((await api.post('/api/v1/items', { document: doc }, { token })).status).toBe(201);
		const edited = { ...doc, name: `${doc.name}（重启测试）` };
		const save = await api.put(
			`/api/v1/items/${doc.code}/draft`,
			{ baseRevision: 1, document: edited },
			{ token }
		);
		expect(save.status).toBe(200);
		await app.kill();

		app = await store.start();
		api = new Api(app.url);
		// the session written before the kill still signs the editor in
		const item = await api.get(`/api/v1/items/${doc.code}`, { token });
		expect(item.status).toBe(200);
		expect(item.body.revision).toBe(2);
		expect(item.body.document).toEqual(edited);

		const again = await api.put(
			`/api/v1/items/${doc.code}/draft`,
			{ baseRevision: 2, document: doc },
			{ token }
		);
		expect(again.status).toBe(200);
		await app.kill();

		app = await store.start();
		api = new Api(app.url);
		const history = await api.get(`/api/v1/items/${doc.code}/revisions`, { token });
		// both saves were one editor's sitting: one working revision holds them (issue 14 item 9)
		expect(history.body.revisions.map((r: { n: number; saves: number }) => [r.n, r.saves])).toEqual(
			[
				[3, 2],
				[1, 1]
			]
		);
		const last = await api.get(`/api/v1/items/${doc.code}`, { token });
		expect(last.body.document).toEqual(doc);
	});
});
