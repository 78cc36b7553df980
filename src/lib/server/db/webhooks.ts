// Webhooks an administrator configured, and the deliveries owed to them (a small queue with bounded
// retries; rows stay as the record of what was sent).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface WebhookView {
	id: number;
	url: string;
	enabled: boolean;
	createdAt: string;
	delivered: number;
	failed: number;
	pending: number;
}

export async function insertWebhook(
	db: Db,
	w: { url: string; secret: string; createdBy: number }
): Promise<number> {
	const r = await db
		.insertInto('webhooks')
		.values({ url: w.url, secret: w.secret, created_by: w.createdBy })
		.returning('id')
		.executeTakeFirstOrThrow();
	return r.id;
}

export async function deleteWebhook(db: Db, id: number): Promise<boolean> {
	const r = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
	return Number(r.numDeletedRows) > 0;
}

export async function listWebhooks(db: Db): Promise<WebhookView[]> {
	const hooks = await db.selectFrom('webhooks').selectAll().orderBy('id').execute();
	const counts = await db
		.selectFrom('webhook_deliveries')
		.select(['webhook_id', 'state', (eb) => eb.fn.countAll<number>().as('n')])
		.groupBy(['webhook_id', 'state'])
		.execute();
	const count = (id: number, state: string) =>
		Number(counts.find((c) => c.webhook_id === id && c.state === state)?.n ?? 0);
	return hooks.map((h) => ({
		id: h.id,
		url: h.url,
		enabled: h.enabled,
		createdAt: h.created_at.toISOString(),
		delivered: count(h.id, 'delivered'),
		failed: count(h.id, 'failed'),
		pending: count(h.id, 'pending')
	}));
}

/** One delivery per enabled webhook for an event. */
export async function enqueueDeliveries(db: Db, event: string, payload: string): Promise<number> {
	const hooks = await db.selectFrom('webhooks').select('id').where('enabled', '=', true).execute();
	if (hooks.length === 0) return 0;
	await db
		.insertInto('webhook_deliveries')
		.values(hooks.map((h) => ({ webhook_id: h.id, event, payload })))
		.execute();
	return hooks.length;
}

export interface DueDelivery {
	id: number;
	url: string;
	secret: string;
	event: string;
	payload: string;
	attempts: number;
}

export async function dueDeliveries(db: Db, now: Date, limit = 20): Promise<DueDelivery[]> {
	return db
		.selectFrom('webhook_deliveries as d')
		.innerJoin('webhooks as w', 'w.id', 'd.webhook_id')
		.select(['d.id', 'w.url', 'w.secret', 'd.event', 'd.payload', 'd.attempts'])
		.where('d.state', '=', 'pending')
		.where('d.next_attempt_at', '<=', now)
		.orderBy('d.id')
		.limit(limit)
		.execute();
}

export async function nextDueAt(db: Db): Promise<Date | null> {
	const r = await db
		.selectFrom('webhook_deliveries')
		.select((eb) => eb.fn.min('next_attempt_at').as('at'))
		.where('state', '=', 'pending')
		.executeTakeFirst();
	return r?.at ? new Date(r.at as unknown as string) : null;
}

export async function recordAttempt(
	db: Db,
	id: number,
	outcome: { ok: true } | { ok: false; error: string; retryAt: Date | null }
): Promise<void> {
	await db
		.updateTable('webhook_deliveries')
		.set((eb) => ({
			attempts: eb('attempts', '+', 1),
			...(outcome.ok
				? { state: 'delivered', delivered_at: new Date(), last_error: null }
				: outcome.retryAt
					? { last_error: outcome.error, next_attempt_at: outcome.retryAt }
					: { state: 'failed', last_error: outcome.error })
		}))
		.where('id', '=', id)
		.execute();
}
