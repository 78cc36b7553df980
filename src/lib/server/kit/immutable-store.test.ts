import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE } from '../http/cache';
import { chooseEncoding, ImmutableStore, isStorable } from './immutable-store';

const stored = { identity: 1, gzip: 1, br: 1 };

describe('content-encoding negotiation', () => {
	it.each([
		[undefined, 'identity'],
		['', 'identity'],
		['gzip', 'gzip'],
		['gzip, deflate, br', 'br'],
		['br;q=0.5, gzip', 'gzip'],
		['br;q=0, gzip;q=0', 'identity'],
		['*', 'br'],
		['*;q=0.1, br;q=0', 'gzip'],
		['deflate', 'identity'],
		['GZIP ; q=0.8', 'gzip']
	])('Accept-Encoding %j → %s', (header, expected) => {
		expect(chooseEncoding(header, stored)).toBe(expected);
	});

	it('offers only what is stored', () => {
		expect(chooseEncoding('br, gzip', { identity: 1, gzip: 1 })).toBe('gzip');
		expect(chooseEncoding('br, gzip', { identity: 1 })).toBe('identity');
	});
});

const answer = (body: string, headers: Record<string, string> = {}, status = 200) =>
	new Response(body, {
		status,
		headers: { etag: '"h"', 'cache-control': IMMUTABLE, vary: 'accept-encoding', ...headers }
	});

describe('the store of immutable answers', () => {
	it('keeps only immutable 200s that vary by nothing else and set no cookie', () => {
		expect(isStorable(answer('{}'))).toBe(true);
		expect(isStorable(answer('{}', {}, 404))).toBe(false);
		expect(isStorable(answer('{}', { 'cache-control': 'public, max-age=60' }))).toBe(false);
		expect(isStorable(answer('{}', { 'set-cookie': 'a=b' }))).toBe(false);
		expect(isStorable(answer('{}', { vary: 'accept-language' }))).toBe(false);
	});

	it('keeps the bytes with compressed copies that decode to them, and the headers', async () => {
		const store = new ImmutableStore();
		const body = JSON.stringify({ text: '申请材料'.repeat(500) });
		await store.remember('/p', answer(body, { 'content-type': 'application/json' }));
		const kept = store.get('/p')!;
		expect(kept.etag).toBe('"h"');
		expect(new TextDecoder().decode(kept.answers.identity.body)).toBe(body);
		expect(gunzipSync(kept.answers.gzip!.body).toString()).toBe(body);
		expect(brotliDecompressSync(kept.answers.br!.body).toString()).toBe(body);
		expect(kept.answers.br!.headers['content-encoding']).toBe('br');
		expect(kept.answers.identity.headers['content-type']).toBe('application/json');
		expect(kept.notModified['content-type']).toBeUndefined();
		expect(kept.notModified.etag).toBe('"h"');
	});

	it('does not compress a small answer', async () => {
		const store = new ImmutableStore();
		await store.remember('/s', answer('{"a":1}'));
		expect(Object.keys(store.get('/s')!.answers)).toEqual(['identity']);
	});

	it('stays within its byte budget, dropping the least recently used', async () => {
		const store = new ImmutableStore(2000);
		for (const p of ['/a', '/b', '/c']) await store.remember(p, answer('x'.repeat(900)));
		expect(store.get('/a')).toBeUndefined();
		expect(store.get('/c')).toBeDefined();
	});
});
