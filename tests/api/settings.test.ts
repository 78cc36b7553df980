// The deployment's settings over HTTP: versioned, audited, only for administrators, a stale base
// refused, a preview of what a change newly blocks, and the publish gate following the version in
// force. Each engine gets a server of its own: settings apply to the whole server, so changing them
// on the shared ones would change other test files' checks.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument, type Json } from './client';
import { startServer, type RunningServer } from './servers';
import { createItem, makeWorld, type World } from './world';

const engines = inject('servers').map((s) => s.name);

/** A template whose form has one field without a title: a warning by default. */
function untitledDocument(): Record<string, Json> {
	const doc = templateDocument('wild-plant-collection');
	const untitle = (node: unknown): boolean => {
		if (!node || typeof node !== 'object') return false;
		const n = node as Record<string, unknown>;
		if (n.properties && typeof n.properties === 'object')
			for (const child of Object.values(n.properties as Record<string, Record<string, unknown>>)) {
				if (child && child.type === 'string' && typeof child.title === 'string') {
					delete child.title;
					return true;
				}
				if (untitle(child)) return true;
			}
		return false;
	};
	if (!untitle((doc.form as Record<string, unknown>).schema)) throw new Error('no titled field');
	return doc;
}

const raise = { rules: { 'form-field-untitled': 'error' } };

describe.each(engines)('settings API (%s)', (engine) => {
	let server: RunningServer | null;
	let w: World;
	let code: string;

	beforeAll(async () => {
		server = await startServer(engine);
		if (!server) throw new Error(`${engine} server did not start`);
		w = await makeWorld(server.url);
		code = await createItem(w, untitledDocument());
	});
	afterAll(async () => {
		await server?.stop();
	});

	const put = (baseVersion: number, settings: unknown, token = w.tokens.admin) =>
		w.api.request('PUT', '/api/v1/admin/settings', { body: { baseVersion, settings }, token });

	it('answers the defaults to anyone while nothing is stored', async () => {
		const res = await w.api.get('/api/v1/settings');
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({
			version: 0,
			createdBy: null,
			settings: { rules: {}, strictLocal: false, supplementDays: 5, timeZone: 'Asia/Shanghai' }
		});
		expect(res.body.settings.policy.classes.control).toEqual({
			toleranceAllowed: false,
			maxMissing: 0
		});
	});

	it('refuses editors: they may read the settings but not change or preview them', async () => {
		expectProblem(await put(0, raise, w.tokens.editorA), 403);
		const preview = await w.api.post(
			'/api/v1/admin/settings/impact',
			{ settings: raise },
			{ token: w.tokens.editorA }
		);
		expectProblem(preview, 403);
		expectProblem(
			await w.api.get('/api/v1/admin/settings/versions', { token: w.tokens.editorA }),
			403
		);
	});

	it('locates every problem of a bad document and stores nothing', async () => {
		const res = await w.api.request('PUT', '/api/v1/admin/settings', {
			body: {
				baseVersion: 0,
				settings: { rules: { 'no-such-rule': 'error' }, supplementDays: 0, timeZone: 'Mars/Base' }
			},
			token: w.tokens.admin,
			headers: { 'accept-language': 'en' }
		});
		expectProblem(res, 422);
		expect(res.body.type).toMatch(/invalid-settings$/);
		expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
			'/settings/rules/no-such-rule',
			'/settings/supplementDays',
			'/settings/timeZone'
		]);
		expect((await w.api.get('/api/v1/settings')).body.version).toBe(0);
	});

	it('previews the items a raised severity would newly block, storing nothing', async () => {
		const res = await w.api.post(
			'/api/v1/admin/settings/impact',
			{ settings: raise },
			{ token: w.tokens.admin }
		);
		expect(res.status).toBe(200);
		expect(res.body.checked).toBeGreaterThan(0);
		const mine = res.body.blocked.find((b: { code: string }) => b.code === code);
		expect(mine.findings.map((f: { rule: string }) => f.rule)).toEqual(['form-field-untitled']);
		expect((await w.api.get('/api/v1/settings')).body.version).toBe(0);
	});

	it('stores numbered versions, refuses a stale base with 409, and audits each change', async () => {
		const first = await put(0, raise);
		expect(first.status).toBe(200);
		expect(first.body).toMatchObject({ version: 1, createdBy: w.users.admin });
		expect(first.body.settings.rules).toEqual(raise.rules);

		const stale = await put(0, { supplementDays: 9 });
		expectProblem(stale, 409);
		expect(stale.body.type).toMatch(/stale-settings$/);
		expect((await w.api.get('/api/v1/settings')).body.settings.supplementDays).toBe(5);

		const history = await w.api.get('/api/v1/admin/settings/versions', { token: w.tokens.admin });
		expect(history.body.versions.map((v: { n: number }) => v.n)).toEqual([1]);
		const audit = await w.api.get('/api/v1/admin/audit?subject=settings', {
			token: w.tokens.admin
		});
		expect(audit.body.entries[0]).toMatchObject({
			action: 'settings.change',
			actor: w.users.admin,
			beforeHash: null,
			afterHash: history.body.versions[0].hash,
			detail: { version: 1, rules: ['form-field-untitled'] }
		});
	});

	it('the publish gate follows the version in force: refused while the rule is an error', async () => {
		const submit = await w.api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: w.tokens.editorA
		});
		expect(submit.status).toBe(201);
		const approve = await w.api.post(`/api/v1/reviews/${submit.body.id}/approve`, undefined, {
			token: w.tokens.reviewer
		});
		expect(approve.status).toBe(200);
		const refused = await w.api.post(`/api/v1/items/${code}/publish`, undefined, {
			token: w.tokens.editorA
		});
		expectProblem(refused, 422);
		expect(refused.body.errors.map((e: { code: string }) => e.code)).toEqual([
			'form-field-untitled'
		]);

		const current = (await w.api.get('/api/v1/settings')).body.version;
		expect((await put(current, { rules: {} })).status).toBe(200);
		const published = await w.api.post(`/api/v1/items/${code}/publish`, undefined, {
			token: w.tokens.editorA
		});
		expect(published.status).toBe(201);
	});
});
