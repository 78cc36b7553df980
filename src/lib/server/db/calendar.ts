import type { Kysely } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database>;

/** Each upload is kept; the newest is in force, so an administrator can see what changed when. */
export async function insertCalendarOverride(
	db: Db,
	data: Record<string, unknown>,
	createdBy: number
): Promise<number> {
	const r = await db
		.insertInto('calendar_overrides')
		.values({ data: JSON.stringify(data), created_by: createdBy })
		.returning('id')
		.executeTakeFirstOrThrow();
	return r.id;
}

export async function currentCalendarOverride(
	db: Db
): Promise<{ id: number; data: Record<string, unknown>; createdAt: string } | undefined> {
	const r = await db
		.selectFrom('calendar_overrides')
		.selectAll()
		.orderBy('id', 'desc')
		.executeTakeFirst();
	return r && { id: r.id, data: r.data, createdAt: r.created_at.toISOString() };
}
