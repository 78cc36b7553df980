import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { engines } from './engines';
import { publishedFixture } from './fixtures';
import { getVersion } from '../../src/lib/server/db/versions';

const list = await engines();

describe.each(list)('published records are immutable ($name)', (engine) => {
	let opened: Awaited<ReturnType<typeof engine.open>>;
	let fx: Awaited<ReturnType<typeof publishedFixture>>;

	beforeAll(async () => {
		opened = await engine.open();
		fx = await publishedFixture(opened.db);
	});
	afterAll(async () => opened?.dispose());

	const refused = [
		['update a version bundle', `update versions set bundle = '{}'`],
		['update a version hash', `update versions set hash = 'forged'`],
		['delete a version', `delete from versions`],
		['truncate versions', `truncate versions cascade`],
		['update the audit log', `update audit_log set actor = 'someone else'`],
		['delete from the audit log', `delete from audit_log`],
		['truncate the audit log', `truncate audit_log`]
	] as const;

	for (const [what, statement] of refused) {
		it(`refuses to ${what} with direct SQL`, async () => {
			await expect(sql.raw(statement).execute(opened.db)).rejects.toThrow(/immutable/);
			const v = await getVersion(opened.db, fx.item.id, 1);
			expect(v?.bundle).toBe(fx.bundle);
			expect(v?.hash).toBe('h1');
			const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(
				opened.db
			);
			expect(audit.rows[0].n).toBe(1);
		});
	}

	it('still accepts new versions and audit entries', async () => {
		await sql`insert into audit_log (actor, action, subject) values ('ed', 'login', 'user:ed')`.execute(
			opened.db
		);
		const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(
			opened.db
		);
		expect(audit.rows[0].n).toBe(2);
	});

	it('refuses a second version with the same number for the item', async () => {
		await expect(
			sql`insert into versions (item_id, n, revision_id, bundle, hash, effective_from, published_by, approved_by)
				values (${fx.item.id}, 1, ${fx.rev.id}, '{}', 'h2', '2026-02-01', ${fx.editor.id}, ${fx.reviewer.id})`.execute(
				opened.db
			)
		).rejects.toThrow();
	});

	it('stores the bundle text byte for byte and documents as their JSON text', async () => {
		const v = await getVersion(opened.db, fx.item.id, 1);
		expect(v?.bundle).toBe(fx.bundle);
		const r = await opened.db
			.selectFrom('revisions')
			.select('document')
			.where('id', '=', fx.rev.id)
			.executeTakeFirstOrThrow();
		expect(r.document).toBe('{"code":"ITEM-1","list":[1,2]}');
	});
});
