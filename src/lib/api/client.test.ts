// The typed client: paths, query strings, bodies and language from the declarations, and every
// answer as a result value.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createClient, type ApiResult } from './client';
import type { ItemDetail, ItemPage, Saved } from './schemas/items';

interface Sent {
	url: string;
	init: RequestInit;
}

function recording(answer: () => Response | Promise<Response>) {
	const sent: Sent[] = [];
	const client = createClient({
		locale: () => 'en',
		fetch: async (url, init) => {
			sent.push({ url: String(url), init: init ?? {} });
			return answer();
		}
	});
	return { client, sent };
}

const json = (status: number, body: unknown, type = 'application/json') =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('the typed client', () => {
	it('fills path parameters, leaves empty query values out and sends the language', async () => {
		const { client, sent } = recording(() =>
			json(200, { items: [], total: 0, limit: 20, page: 1, nextCursor: null })
		);
		const r = await client.listItems({ query: { q: '野', status: 'draft', kind: '', page: 2 } });
		expectTypeOf(r).toEqualTypeOf<ApiResult<ItemPage>>();
		expect(sent[0].url).toBe('/api/v1/items?q=%E9%87%8E&status=draft&page=2');
		expect(sent[0].init).toMatchObject({ method: 'GET', credentials: 'same-origin' });
		expect((sent[0].init.headers as Record<string, string>)['accept-language']).toBe('en');
		await client.getRevision({ params: { code: 'A/B', n: 3 } });
		expect(sent[1].url).toBe('/api/v1/items/A%2FB/revisions/3');
	});

	it('sends the declared body as JSON', async () => {
		const { client, sent } = recording(() =>
			json(200, { code: 'X', revision: 2, status: 'draft', withdrawnReview: null })
		);
		const r = await client.saveDraft({
			params: { code: 'X' },
			body: { baseRevision: 1, document: { code: 'X' } }
		});
		expectTypeOf(r).toEqualTypeOf<ApiResult<Saved>>();
		expect(r).toEqual({
			ok: true,
			status: 200,
			value: { code: 'X', revision: 2, status: 'draft', withdrawnReview: null }
		});
		expect(sent[0].init.method).toBe('PUT');
		expect(JSON.parse(String(sent[0].init.body))).toEqual({
			baseRevision: 1,
			document: { code: 'X' }
		});
		expect((sent[0].init.headers as Record<string, string>)['content-type']).toBe(
			'application/json'
		);
		// an optional body may be left out
		await client.submit({ params: { code: 'X' } });
		expect(sent[1].init.body).toBeUndefined();
	});

	it('answers a refusal with its problem, and no answer as offline', async () => {
		const problem = {
			type: 'https://banshi.studio/problems/not-found',
			title: 'Not found',
			status: 404
		};
		const refused = await recording(() =>
			json(404, problem, 'application/problem+json')
		).client.getItem({ params: { code: 'X' } });
		expectTypeOf(refused).toEqualTypeOf<ApiResult<ItemDetail>>();
		expect(refused).toEqual({ ok: false, status: 404, problem });

		const plain = await recording(
			() => new Response('Cross-site POST form submissions are forbidden', { status: 403 })
		).client.signIn({ body: { username: 'a', password: 'b' } });
		expect(plain).toMatchObject({ ok: false, status: 403, problem: { status: 403 } });

		const offline = await recording(() => {
			throw new TypeError('Failed to fetch');
		}).client.me();
		expect(offline).toMatchObject({
			ok: false,
			status: 0,
			offline: true,
			problem: { title: 'Failed to fetch' }
		});
	});

	it('reads 204 as no value', async () => {
		const r = await recording(() => new Response(null, { status: 204 })).client.signOut();
		expect(r).toEqual({ ok: true, status: 204, value: undefined });
	});
});
