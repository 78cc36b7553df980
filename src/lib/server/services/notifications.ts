// Notifications: a reviewer hears that a submission waits, an author that their revision came back
// (returned or approved). Each is stored for the recipients inside the transaction that caused it
// and, when an administrator configured webhooks, queued once per webhook and sent after commit.
import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import {
	countUnread,
	insertNotifications,
	listNotifications,
	markRead,
	type NewNotification
} from '../db/notifications';
import type { Database } from '../db/schema';
import { deleteWebhook, enqueueDeliveries, insertWebhook, listWebhooks } from '../db/webhooks';
import { invalid, m, notFound } from '../errors';
import type { ServiceContext } from './context';
import { deliverDue } from './webhook-delivery';

/** Stores the notification for its recipients and queues it for the webhooks (in `tx`). */
export async function notify(
	tx: Transaction<Database>,
	n: NewNotification,
	recipients: readonly number[]
): Promise<void> {
	await insertNotifications(tx, [...new Set(recipients)], n);
	const payload = JSON.stringify({
		event: n.kind,
		item: { code: n.itemCode, name: n.itemName },
		review: n.reviewId,
		actor: n.actor,
		at: new Date().toISOString()
	});
	await enqueueDeliveries(tx, n.kind, payload);
}

export class NotificationService {
	constructor(private readonly c: ServiceContext) {}

	/** Sends queued webhook deliveries; call after the transaction that queued them committed. */
	dispatch(): void {
		void deliverDue(this.c.db);
	}

	async list(actor: Actor | null) {
		const user = signedIn(actor);
		const [notifications, unread] = await Promise.all([
			listNotifications(this.c.db, user.id),
			countUnread(this.c.db, user.id)
		]);
		return { notifications, unread };
	}

	async unread(actor: Actor | null): Promise<number> {
		return actor ? countUnread(this.c.db, actor.id) : 0;
	}

	async markRead(actor: Actor | null, ids?: number[]) {
		const user = signedIn(actor);
		await markRead(this.c.db, user.id, ids);
		return { unread: await countUnread(this.c.db, user.id) };
	}

	async webhooks(actor: Actor | null) {
		authorize(actor, 'manage-settings');
		return { webhooks: await listWebhooks(this.c.db) };
	}

	/** A new webhook with a fresh signing secret, shown this once. */
	async addWebhook(actor: Actor | null, url: string) {
		const user = authorize(actor, 'manage-settings');
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			parsed = new URL('invalid:');
		}
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
			throw invalid('bad-webhook-url', {
				detail: m('server.webhook.badUrl'),
				errors: [{ pointer: '/url', message: m('server.webhook.badUrl') }]
			});
		const secret = randomBytes(24).toString('base64url');
		const id = await this.c.db.transaction().execute(async (tx) => {
			const id = await insertWebhook(tx, { url: parsed.href, secret, createdBy: user.id });
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'webhook.create',
				subject: `webhook:${id}`,
				detail: { url: parsed.href }
			});
			return id;
		});
		return { id, url: parsed.href, secret };
	}

	async removeWebhook(actor: Actor | null, id: number): Promise<void> {
		const user = authorize(actor, 'manage-settings');
		await this.c.db.transaction().execute(async (tx) => {
			if (!(await deleteWebhook(tx, id))) throw notFound(m('server.webhook.notFound', { id }));
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'webhook.delete',
				subject: `webhook:${id}`
			});
		});
	}
}
