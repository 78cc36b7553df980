// Hostile and broken requests: each answers a 4xx problem+json that says what is wrong (and where),
// never a 5xx, and the stored draft is untouched.
import { request } from 'node:http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument, type Json } from './client';
import { createItem, makeWorld, ownedBy, type World } from './world';

const servers = inject('servers');

/** A PUT of `bytes` bytes written by hand, chunked or with Content-Length. The server may answer
 * and close before the upload ends; the answer is what counts, not the broken pipe after it. */
/** the server closed the connection without reading the body, before its answer arrived */
const CLOSED_UNREAD = -1;

function rawPut(
	url: string,
	token: string,
	ip: string,
	bytes: number,
	chunked: boolean
): Promise<number> {
	return new Promise((resolve, reject) => {
		let answered = false;
		const req = request(url, {
			method: 'PUT',
			headers: {
				authorization: `Bearer ${token}`,
				'content-type': 'application/json',
				'x-forwarded-for': ip,
				...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(bytes) })
			}
		});
		req.on('response', (res) => {
			answered = true;
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		req.on('error', (error: NodeJS.ErrnoException) => {
			if (answered) return;
			// The server may answer 413 and close while we are still sending: the write then fails
			// (EPIPE/ECONNRESET), and the answer may or may not have reached the socket first.
			if (error.code === 'EPIPE' || error.code === 'ECONNRESET')
				setTimeout(() => answered || resolve(CLOSED_UNREAD), 500);
			else reject(error);
		});
		const chunk = Buffer.alloc(64 * 1024, 'x');
		for (let sent = 0; sent < bytes; sent += chunk.length) req.write(chunk);
		req.end();
	});
}

describe.each(servers)('bad input ($name)', (server) => {
	let w: World;
	let code: string;
	let doc: Record<string, Json>;
	const draft = () => `/api/v1/items/${code}/draft`;

	beforeAll(async () => {
		w = await makeWorld(server.url);
		doc = templateDocument('wild-plant-collection');
		code = await createItem(w, doc);
	});

	async function unchanged() {
		const item = await w.api.get(`/api/v1/items/${code}`, { token: w.tokens.editorA });
		expect(item.body.revision).toBe(1);
		expect(item.body.document).toEqual(doc);
	}

	it('malformed JSON: 400 with line and column', async () => {
		const res = await w.api.request('PUT', draft(), {
			token: w.tokens.editorA,
			raw: '{\n  "baseRevision": 1,\n  "document": {"code": }\n}',
			headers: { 'content-type': 'application/json', 'accept-language': 'en' }
		});
		expectProblem(res, 400);
		expect(res.body).toMatchObject({ line: 3, title: 'Malformed JSON' });
		await unchanged();
	});

	it('wrong content type: 415', async () => {
		for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
			const res = await w.api.request('PUT', draft(), {
				token: w.tokens.editorA,
				raw: JSON.stringify({ baseRevision: 1, document: doc }),
				headers: { 'content-type': type, origin: server.url }
			});
			expectProblem(res, 415);
		}
		await unchanged();
	});

	it('oversize bodies: 413, whether or not the length is declared honestly', async () => {
		const big = { baseRevision: 1, document: { ...doc, padding: 'x'.repeat(3 * 1024 * 1024) } };
		const res = await w.api.put(draft(), big, { token: w.tokens.editorA });
		expectProblem(res, 413);
		// Over the adapter's own limit too: refused before it is read.
		expect([413, CLOSED_UNREAD]).toContain(
			await rawPut(server.url + draft(), w.tokens.editorA, w.api.ip, 6 * 1024 * 1024, false)
		);
		// Chunked, without Content-Length: the server has to count the bytes as they arrive.
		const streamed = await rawPut(
			server.url + draft(),
			w.tokens.editorA,
			w.api.ip,
			3 * 1024 * 1024,
			true
		);
		expect([413, CLOSED_UNREAD]).toContain(streamed);
		await unchanged();
	});

	it('unknown fields in the request body: 400 naming them', async () => {
		const res = await w.api.put(
			draft(),
			{ baseRevision: 1, document: doc, force: true },
			{ token: w.tokens.editorA }
		);
		expectProblem(res, 400);
		expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '/force' })]);
		await unchanged();
	});

	it('wrong field types and missing fields: 400 with pointers', async () => {
		const res = await w.api.put(draft(), { baseRevision: '1' }, { token: w.tokens.editorA });
		expectProblem(res, 400);
		expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
			'/baseRevision',
			'/document'
		]);
		for (const body of [[], 'text', 42, null])
			expectProblem(await w.api.put(draft(), body, { token: w.tokens.editorA }), 400);
		await unchanged();
	});

	it('unknown fields in the document: 422 at their pointer', async () => {
		const res = await w.api.put(
			draft(),
			{ baseRevision: 1, document: { ...doc, secret: 1 } },
			{ token: w.tokens.editorA }
		);
		expectProblem(res, 422);
		expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '/secret' })]);
		await unchanged();
	});

	it('remote $ref in the form schema: 422', async () => {
		const evil = structuredClone(doc);
		evil.form.schema.properties.remote = { $ref: 'https://attacker.example/schema.json' };
		const res = await w.api.put(
			draft(),
			{ baseRevision: 1, document: evil },
			{ token: w.tokens.editorA }
		);
		expectProblem(res, 422);
		expect(res.body.errors).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					pointer: '/form/schema/properties/remote/$ref',
					code: 'remote-ref'
				})
			])
		);
		await unchanged();
	});

	it('a pattern that backtracks catastrophically (ReDoS): 422, also on create', async () => {
		const evil = structuredClone(doc);
		evil.form.schema.properties.evil = { type: 'string', title: '测试', pattern: '^(a+)+$' };
		const res = await w.api.put(
			draft(),
			{ baseRevision: 1, document: evil },
			{ token: w.tokens.editorA }
		);
		expectProblem(res, 422);
		expect(res.body.errors).toEqual([
			expect.objectContaining({
				pointer: '/form/schema/properties/evil/pattern',
				code: 'form-pattern-redos'
			})
		]);
		const fresh = ownedBy(w, templateDocument('wild-plant-collection'));
		fresh.form.schema.properties.evil = { type: 'string', title: '测试', pattern: '(x+x+)+y' };
		const created = await w.api.post(
			'/api/v1/items',
			{ document: fresh, department: w.deptA },
			{ token: w.tokens.editorA }
		);
		expectProblem(created, 422);
		expect(
			(await w.api.get(`/api/v1/items/${fresh.code}`, { token: w.tokens.editorA })).status
		).toBe(404);
		await unchanged();
	});

	it('deeply nested documents: 4xx, not a crash', async () => {
		// Written out by hand: JSON.stringify itself would overflow the stack at this depth.
		const text = JSON.stringify({ baseRevision: 1, document: { ...doc, deep: 0 } });
		const deep = '['.repeat(100_000) + ']'.repeat(100_000);
		const res = await w.api.request('PUT', draft(), {
			token: w.tokens.editorA,
			raw: text.replace('"deep":0', `"deep":${deep}`),
			headers: { 'content-type': 'application/json' }
		});
		expect(res.status).toBeGreaterThanOrEqual(400);
		expect(res.status).toBeLessThan(500);
		await unchanged();
	});

	it('broken UTF-8, empty bodies, unknown query parameters, unknown paths and methods', async () => {
		const bad = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
		expectProblem(
			await w.api.request('PUT', draft(), {
				token: w.tokens.editorA,
				raw: bad,
				headers: { 'content-type': 'application/json' }
			}),
			400
		);
		expectProblem(
			await w.api.request('PUT', draft(), {
				token: w.tokens.editorA,
				raw: '',
				headers: { 'content-type': 'application/json' }
			}),
			400
		);
		expectProblem(await w.api.get('/api/v1/items?sort=name', { token: w.tokens.editorA }), 400);
		expectProblem(await w.api.get('/api/v1/items?status=lost', { token: w.tokens.editorA }), 400);
		expectProblem(await w.api.get('/api/v1/items?limit=100000', { token: w.tokens.editorA }), 400);
		expectProblem(await w.api.get('/api/v1/portal/items?page=0'), 400);
		expectProblem(await w.api.get('/api/v1/portal/items/x?at=2026-02-30'), 400);
		expectProblem(await w.api.get('/api/v1/no-such-endpoint'), 404);
		expectProblem(
			await w.api.request('DELETE', `/api/v1/items/${code}`, { token: w.tokens.editorA }),
			405
		);
		await unchanged();
	});

	it('answers in English when asked, Chinese otherwise', async () => {
		const zh = await w.api.put(
			draft(),
			{ baseRevision: 1, document: { ...doc, secret: 1 } },
			{ token: w.tokens.editorA }
		);
		expect(zh.body.title).toBe('事项定义有误');
		const en = await w.api.put(
			draft(),
			{ baseRevision: 1, document: { ...doc, secret: 1 } },
			{
				token: w.tokens.editorA,
				headers: { 'accept-language': 'en-US,en;q=0.9' }
			}
		);
		expect(en.body.title).toBe('Invalid item document');
	});
});
