// Registry rules that must hold whatever the HTTP layer does, on both engines: the approver is never
// the author, version numbers are assigned once under concurrency, creations of one code race to a
// single winner, and demo seeding happens once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { engines } from './engines';
import { AppError } from '../../src/lib/server/errors';
import { toProblem } from '../../src/lib/server/http/problem';
import { insertDepartment } from '../../src/lib/server/db/departments';
import { createServices, type Services } from '../../src/lib/server/services';
import { createUser } from '../../src/lib/server/services/users';
import { actorById } from '../../src/lib/server/services/session';
import { seedDemo } from '../../src/lib/server/setup/demo';
import type { Actor } from '../../src/lib/server/auth/actor';

const list = await engines();
const SYSTEM = { id: null, username: 'test' } as const;

function template(suffix: string) {
	const doc = JSON.parse(readFileSync('templates/food-business-licence.json', 'utf8'));
	doc.code = String(doc.code).slice(0, 19) + suffix.padStart(12, '0');
	// a department holds one item of a name: each test's item gets its own
	doc.name = `${doc.name}（${suffix}）`;
	return doc;
}

/** The refusal as the API would answer it, in English. */
async function problemOf(p: Promise<unknown>) {
	try {
		await p;
	} catch (error) {
		return problemFrom(error);
	}
	throw new Error('expected a problem');
}

function problemFrom(error: unknown) {
	if (!(error instanceof AppError)) throw error;
	const { status, body } = toProblem(error, 'en');
	return { status, detail: body.detail };
}

describe.each(list)('registry rules ($name)', (engine) => {
	let opened: Awaited<ReturnType<typeof engine.open>>;
	let editor: Actor;
	let reviewer: Actor;
	let s: Services;

	beforeAll(async () => {
		opened = await engine.open();
		const { db } = opened;
		s = createServices(db, { locale: 'en' });
		await insertDepartment(db, { code: 'market', name: '市场监管局', creditCode: null });
		const e = await createUser(
			db,
			{ username: 'ed', password: 'a-long-enough-phrase', role: 'editor', departments: ['market'] },
			SYSTEM
		);
		const r = await createUser(
			db,
			{ username: 'rv', password: 'a-long-enough-phrase', role: 'reviewer' },
			SYSTEM
		);
		editor = (await actorById(db, e.id))!;
		reviewer = (await actorById(db, r.id))!;
	});
	afterAll(async () => opened?.dispose());

	it('never lets the author of a revision approve it, even after a role change', async () => {
		const { db } = opened;
		const doc = template('1');
		await s.items.create(editor, { document: doc, department: 'market' });
		const review = await s.reviews.submit(editor, doc.code);
		await sql`update users set role = 'reviewer' where id = ${editor.id}`.execute(db);
		try {
			const turned = (await actorById(db, editor.id))!;
			const p = await problemOf(s.reviews.decide(turned, review.id, 'approve', []));
			expect(p.status).toBe(403);
			expect(p.detail).toMatch(/approver must not be the author/);
			expect((await s.items.detail(reviewer, doc.code)).status).toBe('in-review');
		} finally {
			await sql`update users set role = 'editor' where id = ${editor.id}`.execute(db);
		}
	});

	it('assigns each version number once when two publications race', async () => {
		const doc = template('2');
		await s.items.create(editor, { document: doc, department: 'market' });
		const review = await s.reviews.submit(editor, doc.code);
		await s.reviews.decide(reviewer, review.id, 'approve', []);
		const results = await Promise.allSettled([
			s.publishing.publish(editor, doc.code, {}),
			s.publishing.publish(reviewer, doc.code, {})
		]);
		const ok = results.filter((r) => r.status === 'fulfilled');
		const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
		expect(ok).toHaveLength(1);
		expect(refused).toHaveLength(1);
		expect(problemFrom(refused[0].reason).status).toBe(409);
		const detail = await s.items.detail(reviewer, doc.code);
		expect(detail.latestVersion?.n).toBe(1);
		expect(detail.status).toBe('published');
	});

	it('lets one of two simultaneous creations of a code win; the other gets 409', async () => {
		const doc = template('3');
		const results = await Promise.allSettled([
			s.items.create(editor, { document: doc, department: 'market' }),
			s.items.create(editor, { document: doc, department: 'market' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(problemFrom(refused.reason).status).toBe(409);
	});

	it('never saves over a newer revision, whatever the interleaving', async () => {
		const doc = template('4');
		await s.items.create(editor, { document: doc, department: 'market' });
		const saves = await Promise.allSettled(
			Array.from({ length: 6 }, (_, i) =>
				s.items.saveDraft(editor, doc.code, {
					baseRevision: 1,
					document: { ...doc, name: `${doc.name}${i}` }
				})
			)
		);
		expect(saves.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect((await s.items.detail(reviewer, doc.code)).revision).toBe(2);
	});
});

describe.each(list)('demo content ($name)', (engine) => {
	it('is seeded once: items, accounts, and published versions the portal serves', async () => {
		const opened = await engine.open();
		try {
			const first = await seedDemo(opened.db);
			expect(first.seeded).toBe(true);
			expect(first.items.length).toBeGreaterThanOrEqual(6);
			expect(first.published.length).toBe(first.items.length - 1);
			const portal = await createServices(opened.db).portal.items({ limit: 100, offset: 0 });
			expect(portal.items.map((i) => i.code).sort()).toEqual([...first.published].sort());
			// the 一件事 of templates/onething, published once their members are
			expect(first.oneThings.sort()).toEqual(['YJS-410100-0001', 'YJS-410100-0002']);
			const oneThings = await createServices(opened.db).portal.oneThings({ limit: 10, offset: 0 });
			expect(oneThings.onethings.map((o) => o.code).sort()).toEqual(first.oneThings);
			const users = await opened.db
				.selectFrom('users')
				.select(['username', 'demo'])
				.orderBy('username')
				.execute();
			expect(users).toEqual([
				{ username: 'admin', demo: true },
				{ username: 'editor', demo: true },
				{ username: 'editor2', demo: true },
				{ username: 'reviewer', demo: true }
			]);
			expect(await seedDemo(opened.db)).toEqual({
				seeded: false,
				items: [],
				published: [],
				oneThings: []
			});
		} finally {
			await opened.dispose();
		}
	});
});
