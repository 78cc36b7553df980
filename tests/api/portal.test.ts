// The public contract portals rely on: immutable versions with strong ETags and 304s, short-lived
// "current" resources, the form schema alone, open CORS, and bytes that never change once published.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument } from './client';
import { createItem, makeWorld, publishItem, type World } from './world';

const servers = inject('servers');

describe.each(servers)('portal API ($name)', (server) => {
	let w: World;
	let code: string;
	let path: string;

	beforeAll(async () => {
		w = await makeWorld(server.url);
		code = await createItem(w, templateDocument('wild-plant-collection'));
		await publishItem(w, code);
		path = `/api/v1/portal/items/${code}/versions/1`;
	});

	it('serves a version immutable, with its content hash as strong ETag, and 304 on revalidation', async () => {
		const res = await w.api.get(path);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		const { hash, ...rest } = res.body;
		expect(res.headers.get('etag')).toBe(`"${hash}"`);
		// The hash is over the served bytes without the hash field (the bundle's own definition).
		expect(createHash('sha256').update(JSON.stringify(rest)).digest('hex')).toBe(hash);
		expect(res.text).toBe(JSON.stringify({ ...rest, hash }));

		const again = await w.api.get(path, { headers: { 'if-none-match': `"${hash}"` } });
		expect(again.status).toBe(304);
		expect(again.text).toBe('');
		expect(again.headers.get('etag')).toBe(`"${hash}"`);
		const weak = await w.api.get(path, { headers: { 'if-none-match': `"other", W/"${hash}"` } });
		expect(weak.status).toBe(304);
		expect((await w.api.get(path, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
	});

	it('serves "current" resources short-lived and revalidating', async () => {
		for (const p of [
			`/api/v1/portal/items/${code}`,
			'/api/v1/portal/items',
			`/api/v1/portal/items/${code}/versions`
		]) {
			const res = await w.api.get(p);
			expect(res.status, p).toBe(200);
			expect(res.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
			const etag = res.headers.get('etag')!;
			expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
			expect((await w.api.get(p, { headers: { 'if-none-match': etag } })).status).toBe(304);
		}
		const current = await w.api.get(`/api/v1/portal/items/${code}`);
		expect(current.headers.get('content-location')).toBe(`/api/v1/portal/items/${code}/versions/1`);
	});

	it('serves the application schema alone, renderable by any JSON Schema form library', async () => {
		const bundle = (await w.api.get(path)).body;
		const res = await w.api.get(`${path}/schema.json`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/);
		expect(res.headers.get('cache-control')).toContain('immutable');
		expect(JSON.parse(res.text)).toEqual(bundle.applicationSchema);
		expect(JSON.parse(res.text).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		const etag = res.headers.get('etag')!;
		expect(etag).not.toBe(`"${bundle.hash}"`);
		expect(
			(await w.api.get(`${path}/schema.json`, { headers: { 'if-none-match': etag } })).status
		).toBe(304);
	});

	it('is open to any origin, preflight included, errors too', async () => {
		const res = await w.api.get(path, { headers: { origin: 'https://portal.example.gov.cn' } });
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag/);
		const preflight = await w.api.request('OPTIONS', path, {
			headers: {
				origin: 'https://portal.example.gov.cn',
				'access-control-request-method': 'GET',
				'access-control-request-headers': 'if-none-match'
			}
		});
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/i);
		const missing = await w.api.get(`/api/v1/portal/items/${code}/versions/99`);
		expectProblem(missing, 404);
		expect(missing.headers.get('access-control-allow-origin')).toBe('*');
		expectProblem(await w.api.get(`/api/v1/portal/items/${code}/versions/abc`), 404);
		expectProblem(await w.api.get('/api/v1/portal/items/NO-SUCH-ITEM'), 404);
	});

	it('never shows drafts or unpublished items', async () => {
		const draftCode = await createItem(w, templateDocument('food-business-licence'));
		expectProblem(await w.api.get(`/api/v1/portal/items/${draftCode}`), 404);
		expectProblem(await w.api.get(`/api/v1/portal/items/${draftCode}/versions`), 404);
		expect((await w.api.get(`/api/v1/portal/items?q=${draftCode}`)).body.items).toEqual([]);
	});

	// PGlite belongs to the server process; the data-layer tests cover it with direct SQL.
	if (server.databaseUrl)
		it('keeps published bytes even against direct SQL', async () => {
			const before = await w.api.get(path);
			const client = new pg.Client({ connectionString: server.databaseUrl });
			await client.connect();
			try {
				await expect(
					client.query(`update versions set bundle = '{"forged":true}'`)
				).rejects.toThrow(/immutable/);
				await expect(client.query('delete from versions')).rejects.toThrow(/immutable/);
				await expect(client.query('delete from audit_log')).rejects.toThrow(/immutable/);
			} finally {
				await client.end();
			}
			const after = await w.api.get(path);
			expect(after.text).toBe(before.text);
			expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
		});
});
