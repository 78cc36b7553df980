// A registry with a row in every table a backup holds: the demo content (departments, accounts,
// items, revisions, reviews with comments, published versions, audit log, feed), plus a review sent
// back with a pointed comment, a retired item, a calendar override, a loaded holiday year, a disabled
// account and a login session (which a backup must leave out), and an amendment of a registered
// law with the draft it opened.
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { findUserRowByUsername } from '../../src/lib/server/db/users';
import type { Database } from '../../src/lib/server/db/schema';
import { createServices } from '../../src/lib/server/services';
import { actorById } from '../../src/lib/server/services/session';
import { disableUser, createUser } from '../../src/lib/server/services/users';
import { seedDemo } from '../../src/lib/server/setup/demo';

async function actor(db: Kysely<Database>, username: string) {
	return (await actorById(db, (await findUserRowByUsername(db, username))!.id))!;
}

export async function buildWorld(db: Kysely<Database>): Promise<void> {
	const seeded = await seedDemo(db);
	if (!seeded.seeded || seeded.published.length < 2) throw new Error('demo content missing');
	const reviewer = await actor(db, 'reviewer');
	const admin = await actor(db, 'admin');
	const pending = await db
		.selectFrom('review_requests')
		.select('id')
		.where('state', '=', 'pending')
		.executeTakeFirstOrThrow();
	const services = createServices(db);
	await services.reviews.decide(reviewer, pending.id, 'return', [
		{ pointer: '/guide/consult', text: '请补充咨询电话的工作时间。<b>不是 HTML</b>' }
	]);
	await services.publishing.retire(reviewer, seeded.published[0], {
		reason: '依据国务院决定取消'
	});
	await services.admin.putCalendar(admin, {
		years: { '2028': { holidays: ['2028-01-01', '2028-01-02', '2028-01-03'], workdays: [] } }
	});
	await services.calendar.load(admin, {
		text: readFileSync('tests/fixtures/holiday-notices/sample-2027.txt', 'utf8')
	});
	// the law registry: an amendment recorded and applied (the returned item gets a draft)
	const change = await services.laws.recordChange(admin, 'wild-plants-regulation', {
		kind: 'amendment',
		title: '2026年修订',
		effectiveOn: '2026-03-01',
		renumbered: [{ from: '第十七条', to: '第十八条' }]
	});
	await services.laws.apply(admin, 'wild-plants-regulation', change.id);
	const leaver = await createUser(
		db,
		{
			username: 'leaver',
			password: 'a-long-password',
			role: 'editor',
			displayName: '离职编辑',
			departments: ['market']
		},
		{ id: admin.id, username: admin.username }
	);
	await disableUser(db, leaver.id, true, admin);
	await db
		.insertInto('sessions')
		.values({
			token_hash: 'secret-session-hash',
			user_id: admin.id,
			expires_at: new Date(Date.now() + 3600_000)
		})
		.execute();
}
