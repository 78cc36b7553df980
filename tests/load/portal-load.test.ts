// The public read path under load: 100 connections at once against published bundles, their
// revalidation (304) and the search list, a fixed number of requests each. Every answer must be the
// expected status; the latency percentiles go to the console for the record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './lib/app';
import { load, type LoadFigures } from './lib/cannon';
import { engineNames, storage, type Storage } from './lib/engines';

const REQUESTS = 5000;
const CONNECTIONS = 100;

function report(label: string, f: LoadFigures) {
	console.log(
		`${label}: ${f.requests} requests in ${f.seconds} s (${f.rps}/s), p50 ${f.p50} ms, p99 ${f.p99} ms, max ${f.max} ms, statuses ${JSON.stringify(f.statuses)}`
	);
}

describe.each(await engineNames())('portal under load (%s)', (engine) => {
	let store: Storage;
	let app: App;
	let href: string;
	let hash: string;

	beforeAll(async () => {
		store = await storage(engine);
		app = await store.start();
		const list = await (await fetch(`${app.url}/api/v1/portal/items?limit=1`)).json();
		href = list.items[0].href;
		hash = list.items[0].hash;
	});

	afterAll(async () => {
		await app?.stop();
		await store?.dispose();
	});

	it(`serves ${REQUESTS} bundle requests at ${CONNECTIONS} connections without one failure`, async () => {
		const f = await load({ url: app.url + href, amount: REQUESTS, connections: CONNECTIONS });
		report(`${engine} GET bundle`, f);
		expect(f.errors).toBe(0);
		expect(f.timeouts).toBe(0);
		expect(f.statuses).toEqual({ 200: REQUESTS });
		// the server is still answering, with the same bytes
		const after = await fetch(app.url + href);
		expect(after.headers.get('etag')).toBe(`"${hash}"`);
	});

	it('answers every revalidation with 304 and no body', async () => {
		const f = await load({
			url: app.url + href,
			amount: 2000,
			connections: CONNECTIONS,
			headers: { 'if-none-match': `"${hash}"` }
		});
		report(`${engine} GET bundle If-None-Match`, f);
		expect(f.errors).toBe(0);
		expect(f.statuses).toEqual({ 304: 2000 });
	});

	it('keeps answering searches while loaded', async () => {
		const amount = 500;
		const f = await load({
			url: `${app.url}/api/v1/portal/items?q=${encodeURIComponent('许可')}&limit=20`,
			amount,
			connections: CONNECTIONS
		});
		report(`${engine} portal search`, f);
		expect(f.errors).toBe(0);
		expect(f.statuses).toEqual({ 200: amount });
	});
});
