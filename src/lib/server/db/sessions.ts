import type { Kysely } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database>;

export async function insertSession(
	db: Db,
	tokenHash: string,
	userId: number,
	expiresAt: Date
): Promise<void> {
	await db
		.insertInto('sessions')
		.values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt })
		.execute();
}

/** The user id of a live session; expired sessions and disabled users count as none. */
export async function findSessionUser(db: Db, tokenHash: string): Promise<number | undefined> {
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select('sessions.user_id')
		.where('sessions.token_hash', '=', tokenHash)
		.where('sessions.expires_at', '>', new Date())
		.where('users.disabled', '=', false)
		.executeTakeFirst();
	return row?.user_id;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
	await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: number): Promise<void> {
	await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
	await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}
