// In-app notifications: one row per recipient, unread until they open it or mark all read.
import type { Kysely, Transaction } from 'kysely';
import type { Database, NotificationKind } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface NotificationView {
	id: number;
	kind: NotificationKind;
	item: string;
	itemName: string;
	review: number | null;
	actor: string;
	at: string;
	read: boolean;
}

export interface NewNotification {
	kind: NotificationKind;
	itemCode: string;
	itemName: string;
	reviewId: number | null;
	actor: string;
}

export async function insertNotifications(
	db: Db,
	userIds: readonly number[],
	n: NewNotification
): Promise<void> {
	if (userIds.length === 0) return;
	await db
		.insertInto('notifications')
		.values(
			userIds.map((user_id) => ({
				user_id,
				kind: n.kind,
				item_code: n.itemCode,
				item_name: n.itemName,
				review_id: n.reviewId,
				actor: n.actor
			}))
		)
		.execute();
}

export async function listNotifications(
	db: Db,
	userId: number,
	limit = 100
): Promise<NotificationView[]> {
	const rows = await db
		.selectFrom('notifications')
		.selectAll()
		.where('user_id', '=', userId)
		.orderBy('id', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		item: r.item_code,
		itemName: r.item_name,
		review: r.review_id,
		actor: r.actor,
		at: r.created_at.toISOString(),
		read: r.read_at !== null
	}));
}

export async function countUnread(db: Db, userId: number): Promise<number> {
	const r = await db
		.selectFrom('notifications')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Marks the given notifications (or all, when `ids` is undefined) of the user read. */
export async function markRead(db: Db, userId: number, ids?: readonly number[]): Promise<number> {
	if (ids && ids.length === 0) return 0;
	let q = db
		.updateTable('notifications')
		.set({ read_at: new Date() })
		.where('user_id', '=', userId)
		.where('read_at', 'is', null);
	if (ids) q = q.where('id', 'in', ids);
	const r = await q.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

/** Active users of a role, to notify (reviewers of a new submission). */
export async function activeUserIdsByRole(db: Db, role: 'reviewer'): Promise<number[]> {
	const rows = await db
		.selectFrom('users')
		.select('id')
		.where('role', '=', role)
		.where('disabled', '=', false)
		.execute();
	return rows.map((r) => r.id);
}
