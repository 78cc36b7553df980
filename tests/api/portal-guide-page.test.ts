// The guide page of the version in force is kept as rendered for readers without a session and
// answered from memory: it must be the page SvelteKit renders (its inline scripts allowed by hash
// instead of a nonce), show a newer version as soon as that is published, never give one language's
// page to a reader of the other, and never serve or keep a signed-in reader's page.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { templateDocument } from './client';
import { createItem, makeWorld, publishItem, type World } from './world';

const servers = inject('servers');

interface Raw {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers }, (res) => {
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

/** Asks until the page is answered from memory (kept pages are compressed off the first's way). */
async function untilKept(url: string, headers: Record<string, string> = {}): Promise<Raw> {
	for (let i = 0; i < 100; i++) {
		const res = await raw(url, { ...headers, 'accept-encoding': 'br' });
		if (res.headers['content-encoding'] === 'br') return res;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`${url} was never answered from memory`);
}

const html = (r: Raw) =>
	(r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.body).toString();

const inlineScripts = (page: string) =>
	[...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes]) => !/\bsrc\s*=/.test(attributes))
		.map(([, , content]) => content);

describe.each(servers)('portal guide page from memory ($name)', (server) => {
	let w: World;
	let code: string;
	let name: string;
	let page: string;

	beforeAll(async () => {
		w = await makeWorld(server.url);
		const doc = templateDocument('wild-plant-collection');
		name = doc.name as string;
		code = await createItem(w, doc);
		await publishItem(w, code);
		page = `${server.url}/portal/items/${encodeURIComponent(code)}`;
	});

	it('is the page SvelteKit renders, its inline scripts allowed by hash', async () => {
		const kept = await untilKept(page);
		expect(kept.status).toBe(200);
		const body = html(kept);
		expect(body).toContain(name);
		// a query always goes the full way: SvelteKit's own rendering, with its per-request nonce
		const rendered = await raw(`${page}?fresh=1`);
		const policy = rendered.headers['content-security-policy'];
		const nonce = /'nonce-([^']+)'/.exec(policy)![1];
		expect(rendered.body.toString().replaceAll(` nonce="${nonce}"`, '')).toBe(body);

		const keptPolicy = kept.headers['content-security-policy'];
		expect(keptPolicy).not.toContain("'nonce-");
		expect(body).not.toContain('nonce=');
		const scripts = inlineScripts(body);
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of scripts) {
			const hash = createHash('sha256').update(script).digest('base64');
			expect(keptPolicy).toContain(`'sha256-${hash}'`);
		}
		// the rest of the policy is the portal's, unchanged
		expect(keptPolicy.replace(/ 'sha256-[^']+'/g, '')).toBe(
			policy.replace(/ 'sha256-[^']+'/g, '').replace(` 'nonce-${nonce}'`, '')
		);
		expect(kept.headers.vary).toMatch(/cookie/);

		// the same bytes uncompressed, and a revalidation from the ETag
		const identity = await raw(page);
		expect(identity.body.toString()).toBe(body);
		expect(identity.headers.etag).toBe(kept.headers.etag);
		const again = await raw(page, { 'if-none-match': kept.headers.etag });
		expect(again.status).toBe(304);
		expect(again.body.byteLength).toBe(0);
	});

	it('shows a newer version as soon as it is published', async () => {
		await untilKept(page);
		const doc = (await w.api.get(`/api/v1/items/${code}`, { token: w.tokens.editorA })).body;
		const renamed = `${name}·新版`;
		const put = await w.api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision: doc.revision, document: { ...doc.document, name: renamed } },
			{ token: w.tokens.editorA }
		);
		expect(put.status).toBe(200);
		// a draft changes nothing the public sees
		expect(html(await raw(page))).not.toContain(renamed);
		await publishItem(w, code);
		const after = html(await raw(page));
		expect(after).toContain(renamed);
		const kept = html(await untilKept(page));
		expect(kept).toContain(renamed);
	});

	it('keeps each language its own page', async () => {
		const zh = html(await untilKept(page));
		const en = html(await untilKept(page, { cookie: 'banshi_lang=en' }));
		expect(en).not.toBe(zh);
		expect(en).toContain('"en"');
		// each answered again from memory as itself, in either order
		expect(html(await untilKept(page, { cookie: 'banshi_lang=en; other=1' }))).toBe(en);
		expect(html(await untilKept(page))).toBe(zh);
		expect(html(await untilKept(page, { cookie: 'banshi_lang=zh-CN' }))).toBe(zh);
	});

	it('never answers a signed-in reader from memory, nor keeps their page', async () => {
		const anonymous = await untilKept(page);
		const user = w.users.editorA;
		const sessions: Record<string, string>[] = [
			{ cookie: `banshi_session=${w.tokens.editorA}` },
			{ authorization: `Bearer ${w.tokens.editorA}` }
		];
		for (const headers of sessions) {
			const signedIn = await raw(page, { ...headers, 'accept-encoding': 'br' });
			expect(signedIn.status).toBe(200);
			expect(signedIn.headers['content-encoding']).toBeUndefined();
			expect(signedIn.headers['content-security-policy']).toContain("'nonce-");
			expect(signedIn.body.toString()).toContain(user);
		}
		const after = await untilKept(page);
		expect(after.headers.etag).toBe(anonymous.headers.etag);
		expect(html(after)).not.toContain(user);
	});
});
