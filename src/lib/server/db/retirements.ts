import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertRetirement(
	db: Db,
	r: { itemId: number; reason: string; retiredBy: number }
): Promise<void> {
	await db
		.insertInto('retirements')
		.values({ item_id: r.itemId, reason: r.reason, retired_by: r.retiredBy })
		.execute();
}

export async function retirementOf(
	db: Db,
	itemId: number
): Promise<{ reason: string; retiredAt: string } | undefined> {
	const r = await db
		.selectFrom('retirements')
		.select(['reason', 'retired_at'])
		.where('item_id', '=', itemId)
		.orderBy('id', 'desc')
		.executeTakeFirst();
	return r && { reason: r.reason, retiredAt: r.retired_at.toISOString() };
}
