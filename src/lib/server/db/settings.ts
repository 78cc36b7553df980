import type { Kysely } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database>;

export interface SettingsVersionRow {
	n: number;
	data: Record<string, unknown>;
	createdBy: string;
	createdAt: string;
}

const withAuthor = (db: Db) =>
	db
		.selectFrom('settings_versions as s')
		.innerJoin('users as u', 'u.id', 's.created_by')
		.select(['s.n', 's.data', 's.created_at', 'u.username']);

function view(r: {
	n: number;
	data: Record<string, unknown>;
	created_at: Date;
	username: string;
}): SettingsVersionRow {
	return { n: r.n, data: r.data, createdBy: r.username, createdAt: r.created_at.toISOString() };
}

/** The newest version: the one in force. */
export async function currentSettings(db: Db): Promise<SettingsVersionRow | undefined> {
	const r = await withAuthor(db).orderBy('s.n', 'desc').limit(1).executeTakeFirst();
	return r && view(r);
}

export async function settingsVersion(db: Db, n: number): Promise<SettingsVersionRow | undefined> {
	const r = await withAuthor(db).where('s.n', '=', n).executeTakeFirst();
	return r && view(r);
}

/** Newest first. */
export async function listSettingsVersions(db: Db, limit = 100): Promise<SettingsVersionRow[]> {
	return (await withAuthor(db).orderBy('s.n', 'desc').limit(limit).execute()).map(view);
}

/**
 * Version n, only if it is the next one: the primary key refuses a second writer of the same n,
 * so two administrators saving on the same base cannot both succeed. Answers false then.
 */
export async function insertSettingsVersion(
	db: Db,
	n: number,
	data: Record<string, unknown>,
	createdBy: number
): Promise<boolean> {
	const r = await db
		.insertInto('settings_versions')
		.values({ n, data: JSON.stringify(data), created_by: createdBy })
		.onConflict((oc) => oc.column('n').doNothing())
		.returning('n')
		.executeTakeFirst();
	return r !== undefined;
}
