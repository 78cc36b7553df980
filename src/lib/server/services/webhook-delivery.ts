// Sends the webhook deliveries that are due, signed, with bounded retries: a 政务 OA system (or any
// receiver) gets each event at least once, and a receiver that stays down is given up on after
// MAX_ATTEMPTS instead of being retried forever.
//
// Signature (like Stripe's and GitHub's): X-Banshi-Signature: sha256=<hex HMAC-SHA256 of
// "<X-Banshi-Timestamp>.<body>" with the webhook's secret>; receivers recompute it and may refuse
// old timestamps to stop replays.
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { dueDeliveries, nextDueAt, recordAttempt, type DueDelivery } from '../db/webhooks';

export const MAX_ATTEMPTS = 5;
/** wait before attempt n+1 (after n failures) */
const BACKOFF_MS = [2_000, 10_000, 60_000, 300_000];
const TIMEOUT_MS = 10_000;

export function signature(secret: string, timestamp: string, body: string): string {
	return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

async function send(d: DueDelivery): Promise<string | null> {
	const timestamp = String(Math.floor(Date.now() / 1000));
	try {
		const res = await fetch(d.url, {
			method: 'POST',
			redirect: 'manual',
			signal: AbortSignal.timeout(TIMEOUT_MS),
			headers: {
				'content-type': 'application/json',
				'user-agent': 'Banshi-Webhook/1',
				'x-banshi-event': d.event,
				'x-banshi-delivery': String(d.id),
				'x-banshi-timestamp': timestamp,
				'x-banshi-signature': signature(d.secret, timestamp, d.payload)
			},
			body: d.payload
		});
		await res.body?.cancel();
		return res.ok ? null : `HTTP ${res.status}`;
	} catch (error) {
		return (error as Error).message;
	}
}

const busy = new WeakSet<Kysely<Database>>();
const again = new WeakSet<Kysely<Database>>();
const timers = new WeakMap<Kysely<Database>, ReturnType<typeof setTimeout>>();

/** Delivers what is due now, then sleeps until the next retry is due. Never throws. */
export async function deliverDue(db: Kysely<Database>): Promise<void> {
	if (busy.has(db)) {
		again.add(db);
		return;
	}
	busy.add(db);
	try {
		do {
			again.delete(db);
			for (;;) {
				const due = await dueDeliveries(db, new Date());
				if (due.length === 0) break;
				for (const d of due) {
					const error = await send(d);
					const attempts = d.attempts + 1;
					await recordAttempt(
						db,
						d.id,
						error === null
							? { ok: true }
							: {
									ok: false,
									error,
									retryAt:
										attempts >= MAX_ATTEMPTS
											? null
											: new Date(Date.now() + BACKOFF_MS[attempts - 1])
								}
					);
				}
			}
		} while (again.has(db));
		const next = await nextDueAt(db);
		clearTimeout(timers.get(db));
		if (next) {
			const timer = setTimeout(
				() => void deliverDue(db),
				Math.max(50, next.getTime() - Date.now())
			);
			timer.unref?.();
			timers.set(db, timer);
		}
	} catch (error) {
		console.error('webhook delivery failed:', error);
	} finally {
		busy.delete(db);
	}
}
