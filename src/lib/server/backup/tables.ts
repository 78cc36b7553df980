// Which tables a backup holds, in an order that satisfies their foreign keys, with the key that
// orders their rows. Sessions and sign-in counters are left out on purpose: they are credentials
// and short-lived state, not records. Any other table is an error, so a new migration cannot add
// data that backups silently drop.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema';

export interface BackupTable {
	name: string;
	/** ORDER BY of the rows, so two exports of the same data are byte-identical */
	order: string;
	/** has an identity column `id` whose sequence must follow the imported rows */
	identity: boolean;
}

export const BACKUP_TABLES: BackupTable[] = [
	{ name: 'departments', order: 'code', identity: false },
	{ name: 'users', order: 'id', identity: true },
	{ name: 'user_departments', order: 'user_id, department_code', identity: false },
	{ name: 'items', order: 'id', identity: true },
	{ name: 'revisions', order: 'id', identity: true },
	{ name: 'review_requests', order: 'id', identity: true },
	{ name: 'review_comments', order: 'id', identity: true },
	{ name: 'versions', order: 'id', identity: true },
	{ name: 'onething_members', order: 'id', identity: true },
	{ name: 'retirements', order: 'id', identity: true },
	{ name: 'calendar_overrides', order: 'id', identity: true },
	{ name: 'calendar_years', order: 'id', identity: true },
	{ name: 'audit_log', order: 'id', identity: true },
	{ name: 'portal_events', order: 'id', identity: true },
	{ name: 'review_comment_drafts', order: 'review_id, author_id, pointer', identity: false },
	{ name: 'notifications', order: 'id', identity: true },
	{ name: 'settings_versions', order: 'n', identity: false },
	{ name: 'laws', order: 'id', identity: false },
	{ name: 'law_changes', order: 'id', identity: true },
	{ name: 'law_change_drafts', order: 'change_id, item_id', identity: false },
	{ name: 'xlsx_mappings', order: 'department_code, header_hash', identity: false }
];

/** Derived from published bundles, rebuilt on restore (facts) or on first read (validator modules). */
export const DERIVED_TABLES = ['version_facts', 'version_scorecard_facts', 'version_validators'];

/**
 * Not in a backup: credentials (sessions; webhooks with their signing secrets, configured again
 * after a restore), transient counters and queues, the migrations' own bookkeeping and what is
 * derived from the records.
 */
export const SKIPPED_TABLES = [
	'sessions',
	'login_throttle',
	'banshi_migrations',
	'webhooks',
	'webhook_deliveries',
	...DERIVED_TABLES
];

/** Columns never written to a backup. */
export const SECRET_COLUMNS: Record<string, string[]> = { users: ['password_hash'] };

type Db = Kysely<Database> | Transaction<Database>;

export async function unknownTables(db: Db): Promise<string[]> {
	const known = new Set([...BACKUP_TABLES.map((t) => t.name), ...SKIPPED_TABLES]);
	const r = await sql<{ name: string }>`
		select table_name as name from information_schema.tables
		where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
	return r.rows
		.map((row) => row.name)
		.filter((n) => !known.has(n))
		.sort();
}

export async function appliedMigrations(db: Db): Promise<string[]> {
	const r = await sql<{ name: string }>`select name from banshi_migrations order by name`.execute(
		db
	);
	return r.rows.map((row) => row.name);
}
