// Twenty editors at once over real HTTP, each with their own session, saving, submitting and
// publishing four items in overlapping rounds. Whatever interleaving happens: every save that got
// 200 is in the history with its own document, the draft ends as the last successful save, version
// numbers stay contiguous and unique, and everything refused is a 409 problem, never a 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHash } from '../../src/lib/domain/compile';
import { Api, DEMO_PASSWORD, expectProblem, type Json } from '../api/client';
import type { App } from './lib/app';
import { engineNames, storage, type Storage } from './lib/engines';

const CLIENTS = 20;
const ROUNDS = 4;
const ITEMS = 4;

/** The server's log from its first failed request on: the error behind a 5xx. */
function serverErrors(log: string): string {
	const at = log.indexOf(' failed:');
	return at < 0 ? '' : log.slice(Math.max(0, at - 60), at + 4000);
}

interface Outcome {
	client: number;
	code: string;
	action: 'save' | 'submit' | 'approve' | 'publish';
	status: number;
	revision?: number;
	marker?: string;
	version?: number;
	body: Json;
}

describe.each(await engineNames())('twenty editors at once (%s)', (engine) => {
	let store: Storage;
	let app: App;
	let codes: string[];
	const before = new Map<string, { revision: number; versions: number }>();

	beforeAll(async () => {
		store = await storage(engine);
		app = await store.start();
		const list = await (await fetch(`${app.url}/api/v1/portal/items?limit=${ITEMS}`)).json();
		codes = list.items.map((i: Json) => i.code);
		expect(codes).toHaveLength(ITEMS);
	});

	afterAll(async () => {
		await app?.stop();
		await store?.dispose();
	});

	it('loses no update, duplicates no version and answers every conflict with 409', async () => {
		const reviewerApi = new Api(app.url);
		const reviewer = await reviewerApi.login('reviewer', DEMO_PASSWORD);
		const clients = await Promise.all(
			Array.from({ length: CLIENTS }, async () => {
				const api = new Api(app.url);
				return { api, token: await api.login('editor', DEMO_PASSWORD) };
			})
		);
		for (const code of codes) {
			const item = await reviewerApi.get(`/api/v1/items/${code}`, { token: reviewer });
			before.set(code, {
				revision: item.body.revision,
				versions: item.body.latestVersion?.n ?? 0
			});
		}

		const outcomes: Outcome[] = [];
		const deadline = Date.now() + 90_000;
		await Promise.all(
			clients.map(async ({ api, token }, c) => {
				for (let round = 0; round < ROUNDS && Date.now() < deadline; round++) {
					// Half the clients share one item in each round, the others spread over the rest.
					const code = codes[c % 2 === 0 ? round % ITEMS : (c + round) % ITEMS];
					const item = await api.get(`/api/v1/items/${code}`, { token });
					expect(item.status, serverErrors(app.output())).toBe(200);
					const marker = `（并发 c${c} r${round}）`;
					const doc = structuredClone(item.body.document);
					doc.guide.consult.address =
						String(doc.guide.consult.address).replace(/（并发.*$/, '') + marker;
					const save = await api.put(
						`/api/v1/items/${code}/draft`,
						{ baseRevision: item.body.revision, document: doc },
						{ token }
					);
					outcomes.push({
						client: c,
						code,
						action: 'save',
						status: save.status,
						revision: save.body?.revision,
						marker,
						body: save.body
					});
					if (save.status !== 200 || round % 2 === 1) continue;
					const submit = await api.post(`/api/v1/items/${code}/submit`, undefined, { token });
					outcomes.push({
						client: c,
						code,
						action: 'submit',
						status: submit.status,
						body: submit.body
					});
					if (submit.status !== 201) continue;
					const approve = await reviewerApi.post(
						`/api/v1/reviews/${submit.body.id}/approve`,
						undefined,
						{ token: reviewer }
					);
					outcomes.push({
						client: c,
						code,
						action: 'approve',
						status: approve.status,
						body: approve.body
					});
					const publish = await api.post(`/api/v1/items/${code}/publish`, undefined, { token });
					outcomes.push({
						client: c,
						code,
						action: 'publish',
						status: publish.status,
						version: publish.body?.version?.n,
						body: publish.body
					});
				}
			})
		);

		// A 5xx names the server's own error, so a failure under concurrency says what broke.
		const broken = outcomes.filter((o) => o.status >= 500);
		expect(
			broken.map((o) => `${o.action} ${o.code}: ${o.status}`),
			serverErrors(app.output())
		).toEqual([]);
		const statuses = (a: Outcome['action']) =>
			new Set(outcomes.filter((o) => o.action === a).map((o) => o.status));
		expect([...statuses('save')].every((s) => s === 200 || s === 409)).toBe(true);
		expect([...statuses('submit')].every((s) => s === 201 || s === 409)).toBe(true);
		expect([...statuses('approve')].every((s) => s === 200 || s === 409)).toBe(true);
		expect([...statuses('publish')].every((s) => s === 201 || s === 409)).toBe(true);
		for (const o of outcomes.filter((o) => o.status === 409))
			expectProblem(
				{
					status: o.status,
					body: o.body,
					headers: new Headers({ 'content-type': 'application/problem+json' }),
					text: ''
				},
				409
			);
		const saved = outcomes.filter((o) => o.action === 'save' && o.status === 200);
		console.log(
			`${engine}: ${outcomes.filter((o) => o.action === 'save').length} saves (${saved.length} won), ` +
				`${outcomes.filter((o) => o.action === 'publish' && o.status === 201).length} publications, ` +
				`${outcomes.filter((o) => o.status === 409).length} conflicts`
		);
		expect(saved.length).toBeGreaterThanOrEqual(ITEMS);

		for (const code of codes) {
			const start = before.get(code)!;
			const mine = saved.filter((o) => o.code === code).sort((a, b) => a.revision! - b.revision!);
			const item = await reviewerApi.get(`/api/v1/items/${code}`, { token: reviewer });
			// Every revision made during the run is exactly one successful save, in order.
			expect(mine.map((o) => o.revision)).toEqual(
				Array.from(
					{ length: item.body.revision - start.revision },
					(_, i) => start.revision + i + 1
				)
			);
			// A save the same editor followed up in one sitting was moved forward into that later
			// revision (issue 14 item 9); every revision the history keeps holds its own save.
			const history = await reviewerApi.get(`/api/v1/items/${code}/revisions`, {
				token: reviewer
			});
			const kept = new Set(history.body.revisions.map((r: { n: number }) => r.n));
			for (const o of mine.filter((o) => kept.has(o.revision))) {
				const r = await reviewerApi.get(`/api/v1/items/${code}/revisions/${o.revision}`, {
					token: reviewer
				});
				expect(r.body.document.guide.consult.address).toContain(o.marker);
			}
			if (mine.length)
				expect(item.body.document.guide.consult.address).toContain(mine[mine.length - 1].marker);

			const published = outcomes.filter(
				(o) => o.code === code && o.action === 'publish' && o.status === 201
			);
			const versions = await (
				await fetch(`${app.url}/api/v1/portal/items/${code}/versions`)
			).json();
			const ns = versions.versions.map((v: Json) => v.n);
			expect(ns).toEqual(Array.from({ length: ns.length }, (_, i) => i + 1));
			expect(ns.length).toBe(start.versions + published.length);
			expect(published.map((o) => o.version).sort((a, b) => a! - b!)).toEqual(
				ns.slice(start.versions)
			);
			for (const v of versions.versions.slice(start.versions)) {
				const bytes = await (await fetch(app.url + v.href)).text();
				expect(bundleHash(JSON.parse(bytes))).toBe(v.hash);
			}
		}
	});
});
