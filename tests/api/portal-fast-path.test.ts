// Immutable portal resources served once are answered from memory afterwards: the answers a portal
// gets must be the same either way — status, headers, bytes (decoded) — and nothing unpublished or
// unknown may ever be answered from there.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument } from './client';
import { createItem, makeWorld, publishItem, type World } from './world';

const servers = inject('servers');

interface Raw {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** A request through node:http, so the body comes as sent (fetch would decompress it). */
function raw(url: string, method = 'GET', headers: Record<string, string> = {}): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					status: res.statusCode!,
					headers: res.headers as Record<string, string>,
					body: Buffer.concat(chunks)
				})
			);
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

/** The headers that describe the resource, not one transfer of it. */
function resourceHeaders(h: Record<string, string>): Record<string, string> {
	const {
		date: _date,
		connection: _connection,
		'keep-alive': _keepAlive,
		'transfer-encoding': _te,
		'content-length': _length,
		'content-encoding': _encoding,
		...rest
	} = h;
	return rest;
}

/** Asks until the kept answer is ready (it is compressed off the first request's way). */
async function untilKept(url: string): Promise<Raw> {
	for (let i = 0; i < 100; i++) {
		const res = await raw(url, 'GET', { 'accept-encoding': 'br' });
		if (res.headers['content-encoding'] === 'br') return res;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`${url} was never answered compressed`);
}

describe.each(servers)('portal fast path ($name)', (server) => {
	let w: World;
	let code: string;
	let base: string;

	beforeAll(async () => {
		w = await makeWorld(server.url);
		code = await createItem(w, templateDocument('wild-plant-collection'));
		await publishItem(w, code);
		base = `${server.url}/api/v1/portal/items/${code}/versions/1`;
	});

	it.each([
		['the bundle', ''],
		['schema.json', '/schema.json'],
		['validator.js', '/validator.js']
	])('answers %s the same before and after it is kept', async (_name, suffix) => {
		const url = base + suffix;
		const first = await raw(url);
		expect(first.status).toBe(200);
		expect(first.headers['content-encoding']).toBeUndefined();
		const etag = first.headers.etag;
		expect(etag).toMatch(/^"/);

		const br = await untilKept(url);
		expect(brotliDecompressSync(br.body).equals(first.body)).toBe(true);
		const gz = await raw(url, 'GET', { 'accept-encoding': 'gzip, deflate' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).equals(first.body)).toBe(true);
		const again = await raw(url);
		expect(again.headers['content-encoding']).toBeUndefined();
		expect(again.body.equals(first.body)).toBe(true);
		expect(Number(again.headers['content-length'])).toBe(first.body.length);
		// the same resource headers as the full path gave (CORS, ETag, caching, type, Vary)
		for (const kept of [br, gz, again]) {
			expect(kept.status).toBe(200);
			expect(resourceHeaders(kept.headers)).toEqual(resourceHeaders(first.headers));
		}
		expect(first.headers.vary).toBe('accept-encoding');
		expect(first.headers['access-control-allow-origin']).toBe('*');
		expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');

		// a client that refuses both encodings gets the bytes as they are
		const identity = await raw(url, 'GET', { 'accept-encoding': 'br;q=0, gzip;q=0' });
		expect(identity.headers['content-encoding']).toBeUndefined();
		expect(identity.body.equals(first.body)).toBe(true);

		const head = await raw(url, 'HEAD', { 'accept-encoding': 'gzip' });
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		expect(head.headers['content-length']).toBe(gz.headers['content-length']);
		expect(resourceHeaders(head.headers)).toEqual(resourceHeaders(first.headers));

		// revalidation: the ETag as sent, weak, or in a list; anything else gets the content
		for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, `"a",W/${etag} , "b"`, '*']) {
			const res = await raw(url, 'GET', { 'if-none-match': inm });
			expect(res.status, inm).toBe(304);
			expect(res.body.length).toBe(0);
			expect(res.headers.etag).toBe(etag);
			expect(res.headers['access-control-allow-origin']).toBe('*');
			expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		}
		expect((await raw(url, 'GET', { 'if-none-match': '"other"' })).status).toBe(200);
		expect((await raw(url, 'HEAD', { 'if-none-match': etag })).status).toBe(304);
	});

	it('never answers a draft, an unpublished version or an unknown one, however often asked', async () => {
		const draft = await createItem(w, templateDocument('food-business-licence'));
		const paths = [
			`/api/v1/portal/items/${draft}/versions/1`,
			`/api/v1/portal/items/${draft}/versions/1/schema.json`,
			`/api/v1/portal/items/${code}/versions/2`,
			`/api/v1/portal/items/${code}/versions/2/schema.json`,
			`/api/v1/portal/items/${code}/versions/2/validator.js`
		];
		for (let round = 0; round < 3; round++)
			for (const p of paths) {
				const res = await w.api.get(p);
				expectProblem(res, 404);
				expect(res.headers.get('access-control-allow-origin')).toBe('*');
			}
		// once published, the version is served — the refusals before were not kept either
		await publishItem(w, draft);
		const published = await w.api.get(`/api/v1/portal/items/${draft}/versions/1`);
		expect(published.status).toBe(200);
		expect(published.body.code).toBe(draft);
	});

	it('answers a request with a query the full way: an unknown parameter is still refused', async () => {
		await untilKept(base);
		const queried = await w.api.get(`${base.slice(server.url.length)}?x=1`);
		expectProblem(queried, 400);
	});
});
