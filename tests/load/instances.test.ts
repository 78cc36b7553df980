// More than one machine: two instances of the built server on one PostgreSQL database, as a province
// runs them behind a load balancer. Everything that matters lives in the database, so a request may
// land on either: sessions, sign-in throttling, publishing (a scheduled version is published once and
// takes effect by date on both), the change feed (no gap, no duplicate, for a mirror reading while
// both publish) and optimistic concurrency. The embedded engine is one process by design: a second
// server on the same directory is refused with a message instead of corrupting it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, expectProblem, PASSWORD, randomIp, templateDocument } from '../api/client';
import { createItem, makeWorld, type World } from '../api/world';
import { createTempPostgres, postgresAdminUrl, type TempDatabase } from '../db/engines';
import { todayInChina } from '../../src/lib/domain/workdays/today';
import { startApp, tempDataDir, type App } from './lib/app';
import { rmSync } from 'node:fs';

const ADMIN = { username: 'admin', password: 'two servers, one database' };
const hasPostgres = (await postgresAdminUrl()) !== null;
if (!hasPostgres && process.env.CI) throw new Error('CI requires PostgreSQL on 127.0.0.1:5432');

function dayAfter(days: number): string {
	return todayInChina(new Date(Date.now() + days * 86_400_000));
}

interface Change {
	cursor: string;
	code: string;
	event: string;
	version: number | null;
}

describe.runIf(hasPostgres)('two instances on one PostgreSQL database', () => {
	let temp: TempDatabase;
	let a: App;
	let b: App;
	/** the same world seen through each instance (same client address, same tokens) */
	let onA: World;
	let onB: World;

	beforeAll(async () => {
		temp = (await createTempPostgres())!;
		const env = { BANSHI_ADMIN_PASSWORD: ADMIN.password };
		a = await startApp({ databaseUrl: temp.url, seedDemo: false, env });
		b = await startApp({ databaseUrl: temp.url, seedDemo: false, env });
		onA = await makeWorld(a.url, ADMIN);
		onB = { ...onA, api: new Api(b.url, onA.api.ip) };
	});
	afterAll(async () => {
		await Promise.all([a?.stop(), b?.stop()]);
		await temp?.drop();
	});

	it('a session made on one instance works on the other, and ends on both', async () => {
		const token = await onA.api.login(onA.users.reviewer, PASSWORD);
		const me = await onB.api.get('/api/v1/me', { token });
		expect(me.body.user.username).toBe(onA.users.reviewer);
		expect((await onB.api.request('DELETE', '/api/v1/session', { token })).status).toBe(204);
		expectProblem(await onA.api.get('/api/v1/me', { token }), 401);
	});

	it('counts sign-in failures across both instances', async () => {
		const ip = randomIp();
		const clients = [new Api(a.url, ip), new Api(b.url, ip)];
		const username = onA.users.reviewer2;
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++)
			statuses.push(
				(await clients[i % 2].post('/api/v1/session', { username, password: `wrong-${i}` })).status
			);
		expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
		// 25 guesses at once, spread over both: no more than the limit reach the password check.
		const other = randomIp();
		const spread = [new Api(a.url, other), new Api(b.url, other)];
		const parallel = await Promise.all(
			Array.from(
				{ length: 25 },
				async (_, i) =>
					(await spread[i % 2].post('/api/v1/session', { username, password: `guess-${i}` })).status
			)
		);
		expect(parallel.filter((s) => s === 401)).toHaveLength(5);
		expect(parallel.filter((s) => s === 429)).toHaveLength(20);
		// The owner, from elsewhere, signs in on either.
		expect(
			(await new Api(b.url).post('/api/v1/session', { username, password: PASSWORD })).status
		).toBe(201);
	});

	it('publishes a scheduled version once when both instances are asked at once', async () => {
		const code = await createItem(onA, templateDocument('food-business-licence'));
		const submit = await onA.api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: onA.tokens.editorA
		});
		await onB.api.post(`/api/v1/reviews/${submit.body.id}/approve`, undefined, {
			token: onA.tokens.reviewer
		});
		const future = dayAfter(10);
		const [x, y] = await Promise.all(
			[onA, onB].map((w) =>
				w.api.post(
					`/api/v1/items/${code}/publish`,
					{ effectiveFrom: future },
					{ token: onA.tokens.editorA }
				)
			)
		);
		expect([x.status, y.status].sort()).toEqual([201, 409]);
		for (const w of [onA, onB]) {
			const versions = await w.api.get(`/api/v1/portal/items/${code}/versions`);
			expect(versions.body.versions.map((v: { n: number }) => v.n)).toEqual([1]);
			// Not in force today on either instance, in force from its day on both.
			expectProblem(await w.api.get(`/api/v1/portal/items/${code}`), 404);
			expect((await w.api.get(`/api/v1/portal/items/${code}?at=${future}`)).status).toBe(200);
		}
		const feed = await onB.api.get('/api/v1/portal/changes?since=0&limit=1000');
		expect(feed.body.changes.filter((c: Change) => c.code === code)).toEqual([
			expect.objectContaining({ event: 'published', version: 1 })
		]);
	});

	it('feeds a mirror every publication once, in order, while both instances publish', async () => {
		const codes: string[] = [];
		for (let i = 0; i < 8; i++) {
			const code = await createItem(onA, templateDocument('food-business-licence'));
			const submit = await onA.api.post(`/api/v1/items/${code}/submit`, undefined, {
				token: onA.tokens.editorA
			});
			await onA.api.post(`/api/v1/reviews/${submit.body.id}/approve`, undefined, {
				token: onA.tokens.reviewer
			});
			codes.push(code);
		}
		const start = (await onA.api.get('/api/v1/portal/changes?since=0&limit=1000')).body.cursor;
		// A mirror reads the feed in small pages from alternating instances while they publish.
		const seen: Change[] = [];
		let cursor = start;
		let publishing = true;
		let turn = 0;
		const read = async () => {
			for (;;) {
				const w = turn++ % 2 ? onB : onA;
				const page = await w.api.get(`/api/v1/portal/changes?since=${cursor}&limit=2`);
				seen.push(...page.body.changes);
				cursor = page.body.cursor;
				if (!page.body.hasMore) return;
			}
		};
		const mirror = (async () => {
			while (publishing) await read();
			await read();
		})();
		const published = await Promise.all(
			codes.map((code, i) =>
				(i % 2 ? onB : onA).api.post(`/api/v1/items/${code}/publish`, undefined, {
					token: onA.tokens.editorA
				})
			)
		);
		publishing = false;
		await mirror;
		expect(published.map((r) => r.status)).toEqual(codes.map(() => 201));
		const cursors = seen.map((c) => Number(c.cursor));
		expect(cursors).toEqual([...cursors].sort((p, q) => p - q));
		expect(new Set(cursors).size).toBe(cursors.length);
		expect(seen.map((c) => c.code).sort()).toEqual([...codes].sort());
		// Both instances answer the same feed.
		const fromA = await onA.api.get(`/api/v1/portal/changes?since=${start}&limit=1000`);
		const fromB = await onB.api.get(`/api/v1/portal/changes?since=${start}&limit=1000`);
		expect(fromA.body.changes).toEqual(seen);
		expect(fromB.body.changes).toEqual(seen);
	});

	it('settings saved on one instance are used by the other: its checks follow, a stale base is refused', async () => {
		const put = (api: Api, baseVersion: number, supplementDays: number) =>
			api.put(
				'/api/v1/admin/settings',
				{ baseVersion, settings: { supplementDays } },
				{ token: onA.tokens.admin }
			);
		// both have read (and keep) the settings in force before the change
		const { version } = (await onA.api.get('/api/v1/settings')).body;
		expect((await onB.api.get('/api/v1/settings')).body.version).toBe(version);
		expect((await put(onA.api, version, 8)).status).toBe(200);
		await expect
			.poll(async () => (await onB.api.get('/api/v1/settings')).body.settings.supplementDays, {
				timeout: 15_000
			})
			.toBe(8);
		expectProblem(await put(onB.api, version, 9), 409);
	});

	it('refuses a stale save on one instance after a save on the other (409, nothing lost)', async () => {
		const doc = templateDocument('food-business-licence');
		const code = await createItem(onA, doc);
		const mine = { ...doc, name: `${doc.name}（甲）` };
		const theirs = { ...doc, name: `${doc.name}（乙）` };
		const [x, y] = await Promise.all([
			onA.api.put(
				`/api/v1/items/${code}/draft`,
				{ baseRevision: 1, document: mine },
				{ token: onA.tokens.editorA }
			),
			onB.api.put(
				`/api/v1/items/${code}/draft`,
				{ baseRevision: 1, document: theirs },
				{ token: onA.tokens.editorA2 }
			)
		]);
		expect([x.status, y.status].sort()).toEqual([200, 409]);
		const winner = x.status === 200 ? mine : theirs;
		const stale = await onB.api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision: 1, document: { ...doc, name: `${doc.name}（迟）` } },
			{ token: onA.tokens.editorA }
		);
		expectProblem(stale, 409);
		expect(stale.body).toMatchObject({ currentRevision: 2, document: winner });
		for (const w of [onA, onB]) {
			const item = await w.api.get(`/api/v1/items/${code}`, { token: onA.tokens.editorA });
			expect(item.body).toMatchObject({ revision: 2, document: winner });
		}
	});
});

describe('two instances on one embedded database directory', () => {
	it('refuses the second with a message naming the first, and the first keeps serving', async () => {
		const dir = tempDataDir();
		const first = await startApp({ dataDir: dir, seedDemo: false });
		try {
			await expect(startApp({ dataDir: dir, seedDemo: false })).rejects.toThrow(
				new RegExp(`in use by process ${first.child.pid}`)
			);
			expect((await fetch(`${first.url}/api/v1/portal/items`)).status).toBe(200);
		} finally {
			await first.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
