// Failed sign-ins per client address, counted in the database so several servers share the count.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database>;

export interface AddressAttempts {
	attempts: number;
	windowStart: Date;
}

export async function attemptsFrom(db: Db, ip: string): Promise<AddressAttempts | undefined> {
	const row = await db
		.selectFrom('login_attempts')
		.selectAll()
		.where('ip', '=', ip)
		.executeTakeFirst();
	return row && { attempts: row.attempts, windowStart: row.window_start };
}

/** One more failure from `ip`; a window older than `windowStart` starts again at one. */
export async function recordAddressFailure(db: Db, ip: string, windowStart: Date): Promise<void> {
	await sql`insert into login_attempts (ip, window_start, attempts) values (${ip}, now(), 1)
		on conflict (ip) do update set
			attempts = case when login_attempts.window_start < ${windowStart} then 1 else login_attempts.attempts + 1 end,
			window_start = case when login_attempts.window_start < ${windowStart} then now() else login_attempts.window_start end`.execute(
		db
	);
}
