// A PostgreSQL restart or an administrator ending connections must not take the server down: the
// pool drops the dead connection and the next query gets a new one.
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { createTempPostgres, postgresAdminUrl } from './engines';
import { openDatabase } from '../../src/lib/server/db/open';

const admin = await postgresAdminUrl();

describe.runIf(admin)('PostgreSQL connections ended by the server', () => {
	it('are replaced, and the process keeps running', async () => {
		const temp = (await createTempPostgres())!;
		const opened = await openDatabase({ databaseUrl: temp.url });
		try {
			await sql`select 1`.execute(opened.db);
			const name = new URL(temp.url).pathname.slice(1);
			const c = new pg.Client({ connectionString: admin! });
			await c.connect();
			const ended = await c.query(
				'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
				[name]
			);
			await c.end();
			expect(ended.rowCount).toBeGreaterThan(0);
			// give the idle connection's 'error' event time to arrive before the next query
			await new Promise((r) => setTimeout(r, 200));
			const r = await sql<{ n: number }>`select 2 as n`.execute(opened.db);
			expect(r.rows[0].n).toBe(2);
		} finally {
			await opened.close();
			await temp.drop();
		}
	});
});
