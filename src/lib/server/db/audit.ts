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

/** What the audit view filters by; every part optional. */
export interface AuditFilter {
	/** username */
	actor?: string;
	/** an action ('review.return') or an area ('review') */
	action?: string;
	/** exact subject ('item:CODE', 'user:NAME', 'calendar') */
	subject?: string;
	/** at or after */
	from?: Date;
	/** before */
	until?: Date;
	limit?: number;
	offset?: number;
}

function filtered(db: Db, f: AuditFilter) {
	let q = db.selectFrom('audit_log');
	if (f.actor) q = q.where('actor', '=', f.actor);
	if (f.action)
		q = f.action.includes('.')
			? q.where('action', '=', f.action)
			: q.where('action', 'like', `${f.action.replace(/[\\%_]/g, '\\$&')}.%`);
	if (f.subject) q = q.where('subject', '=', f.subject);
	if (f.from) q = q.where('at', '>=', f.from);
	if (f.until) q = q.where('at', '<', f.until);
	return q;
}

export async function listAudit(db: Db, f: AuditFilter = {}): Promise<AuditView[]> {
	const rows = await filtered(db, f)
		.selectAll()
		.orderBy('id', 'desc')
		.limit(f.limit ?? 100)
		.offset(f.offset ?? 0)
		.execute();
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

export async function countAudit(db: Db, f: AuditFilter = {}): Promise<number> {
	const r = await filtered(db, f)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

/** The people and actions that occur, for the view's pickers. */
export async function auditFacets(db: Db): Promise<{ actors: string[]; actions: string[] }> {
	const [actors, actions] = await Promise.all([
		db.selectFrom('audit_log').select('actor').distinct().orderBy('actor').execute(),
		db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute()
	]);
	return { actors: actors.map((r) => r.actor), actions: actions.map((r) => r.action) };
}
