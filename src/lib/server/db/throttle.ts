// Sign-in throttling counters, kept in the database so every server shares them. A counter is raised
// and read in one statement (INSERT … ON CONFLICT DO UPDATE … RETURNING): parallel attempts each get a
// distinct count, so no more than the limit reach the password check, on one server or several.
// Times are the database's clock, the one clock all servers agree on.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database>;

export interface Attempt {
	/** this attempt's number in the window (1 for the first) */
	attempts: number;
	/** seconds until the window ends */
	retryAfter: number;
}

/** Counts one attempt under `key`; a window older than `windowSeconds` starts again at one. */
export async function takeAttempt(db: Db, key: string, windowSeconds: number): Promise<Attempt> {
	const window = sql`(${windowSeconds}::int * interval '1 second')`;
	const r = await sql<{ attempts: number; retry_after: number }>`
		insert into login_throttle as t (key, window_start, attempts) values (${key}, now(), 1)
		on conflict (key) do update set
			attempts = case when t.window_start <= now() - ${window} then 1 else t.attempts + 1 end,
			window_start = case when t.window_start <= now() - ${window} then now() else t.window_start end
		returning attempts,
			greatest(1, ceil(extract(epoch from (window_start + ${window} - now()))))::int as retry_after`.execute(
		db
	);
	const row = r.rows[0];
	return { attempts: Number(row.attempts), retryAfter: Number(row.retry_after) };
}

/** Takes back one attempt under `key` (a sign-in that succeeded is not a failure). */
export async function refundAttempt(db: Db, key: string): Promise<void> {
	await sql`update login_throttle set attempts = greatest(attempts - 1, 0) where key = ${key}`.execute(
		db
	);
}

/** Forgets `key` (the account signed in from this client: its failures there are forgiven). */
export async function clearAttempts(db: Db, key: string): Promise<void> {
	await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Drops counters whose window has ended, so guessed names do not pile up. */
export async function purgeStaleAttempts(db: Db, windowSeconds: number): Promise<void> {
	await sql`delete from login_throttle
		where window_start < now() - (${windowSeconds}::int * interval '1 second')`.execute(db);
}
