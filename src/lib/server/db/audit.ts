import type { Kysely } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database>;

export interface AuditEntry {
	actorId: number | null;
	actor: string;
	action: string;
	subject: string;
	beforeHash?: string | null;
	afterHash?: string | null;
	detail?: Record<string, unknown>;
}

/** Append-only: there is deliberately no update or delete here (and the database refuses both). */
export async function appendAudit(db: Db, e: AuditEntry): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			actor_id: e.actorId,
			actor: e.actor,
			action: e.action,
			subject: e.subject,
			before_hash: e.beforeHash ?? null,
			after_hash: e.afterHash ?? null,
			detail: JSON.stringify(e.detail ?? {})
		})
		.execute();
}

export interface AuditView {
	id: number;
	actor: string;
	action: string;
	subject: string;
	at: string;
	beforeHash: string | null;
	afterHash: string | null;
	detail: Record<string, unknown>;
}

export async function listAudit(
	db: Db,
	opts: { subject?: string; limit?: number } = {}
): Promise<AuditView[]> {
	let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc');
	if (opts.subject) q = q.where('subject', '=', opts.subject);
	const rows = await q.limit(opts.limit ?? 100).execute();
	return rows.map((r) => ({
		id: r.id,
		actor: r.actor,
		action: r.action,
		subject: r.subject,
		at: r.at.toISOString(),
		beforeHash: r.before_hash,
		afterHash: r.after_hash,
		detail: r.detail
	}));
}
