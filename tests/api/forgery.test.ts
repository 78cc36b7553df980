// Issue 12, item 4: a state-changing request from another origin is refused whatever its content type
// or body — a body-less approve with a valid session cookie included — and nothing changes. Pages
// cannot be framed by other sites.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument } from './client';
import { createItem, makeWorld, type World } from './world';

const servers = inject('servers');
const EVIL = 'https://evil.example';

describe.each(servers)('forged requests ($name)', (server) => {
	let w: World;
	let code: string;
	let reviewId: number;
	let cookie: string;

	beforeAll(async () => {
		w = await makeWorld(server.url);
		code = await createItem(w, templateDocument('wild-plant-collection'));
		const submit = await w.api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: w.tokens.editorA
		});
		expect(submit.status).toBe(201);
		reviewId = submit.body.id;
		const login = await w.api.post('/api/v1/session', {
			username: w.users.reviewer,
			password: 'correct-horse-battery'
		});
		cookie = login.headers.get('set-cookie')!.split(';')[0];
	});

	const state = async () => {
		const item = await w.api.get(`/api/v1/items/${code}`, { token: w.tokens.reviewer });
		const review = await w.api.get(`/api/v1/reviews/${reviewId}`, { token: w.tokens.reviewer });
		return { status: item.body.status, revision: item.body.revision, review: review.body.state };
	};

	it('refuses a body-less approve from another origin, with the session cookie: 403, nothing changed', async () => {
		const before = await state();
		expect(before.review).toBe('pending');
		const forged: Record<string, string>[] = [
			{ cookie, origin: EVIL },
			{ cookie, origin: new URL(server.url).origin.replace(/:\d+$/, ':1') },
			{ cookie, origin: 'null' },
			{ cookie, 'sec-fetch-site': 'same-site' }
		];
		for (const headers of forged) {
			const res = await w.api.request('POST', `/api/v1/reviews/${reviewId}/approve`, { headers });
			expectProblem(res, 403);
			expect(res.body.type).toMatch(/cross-origin$/);
		}
		// a text/plain body, a JSON body, PUT and DELETE alike
		const plain = await w.api.request('POST', `/api/v1/items/${code}/submit`, {
			raw: 'x',
			headers: { cookie, origin: EVIL, 'content-type': 'text/plain' }
		});
		expectProblem(plain, 403);
		const put = await w.api.request('PUT', `/api/v1/items/${code}/draft`, {
			body: { baseRevision: 1, document: {} },
			headers: { cookie, origin: EVIL }
		});
		expectProblem(put, 403);
		const signOut = await w.api.request('DELETE', '/api/v1/session', {
			headers: { cookie, origin: EVIL }
		});
		expectProblem(signOut, 403);
		expect(await state()).toEqual(before);
		// the session still works from its own origin
		const me = await w.api.get('/api/v1/me', { headers: { cookie } });
		expect(me.status).toBe(200);
	});

	it('accepts the same request from its own origin', async () => {
		const res = await w.api.request('POST', `/api/v1/reviews/${reviewId}/approve`, {
			headers: { cookie, origin: new URL(server.url).origin, 'sec-fetch-site': 'same-origin' }
		});
		expect(res.status).toBe(200);
		expect((await state()).review).toBe('approved');
	});

	it('sends frame-ancestors and X-Frame-Options on every page', async () => {
		for (const path of ['/', '/designer', '/review', '/portal', '/no-such-page']) {
			const res = await fetch(server.url + path);
			expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
			expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
			expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'self'/);
		}
	});
});
