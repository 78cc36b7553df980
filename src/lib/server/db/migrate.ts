// Applies pending migrations in one transaction behind an advisory lock, so a second server starting
// at the same moment waits and then finds nothing left to do.
import { sql, type Kysely } from 'kysely';
import { migrations as allMigrations, type Migration } from '../migrations/index';
import type { Database } from './schema';

export async function migrate(
	db: Kysely<Database>,
	migrations: Migration[] = allMigrations
): Promise<string[]> {
	return db.transaction().execute(async (tx) => {
		await sql`select pg_advisory_xact_lock(hashtext('banshi:migrations'))`.execute(tx);
		await sql`create table if not exists banshi_migrations (
			name text primary key,
			applied_at timestamptz not null default now()
		)`.execute(tx);
		const done = await sql<{ name: string }>`select name from banshi_migrations`.execute(tx);
		const applied = new Set(done.rows.map((r) => r.name));
		const ran: string[] = [];
		for (const migration of migrations) {
			if (applied.has(migration.name)) continue;
			for (const statement of migration.up) await sql.raw(statement).execute(tx);
			await sql`insert into banshi_migrations (name) values (${migration.name})`.execute(tx);
			ran.push(migration.name);
		}
		return ran;
	});
}
