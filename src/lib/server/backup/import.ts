// Restoring a backup into an EMPTY database (fresh data directory or a new PostgreSQL database):
// every row goes back with its original id, in one transaction, and the identity sequences continue
// after the highest id. A database that already holds anything is refused — published versions and
// the audit log are immutable by design, so a restore never merges into or overwrites a registry.
//
// Password hashes are not in a backup: restored accounts cannot sign in until given a password.
// `adminPassword` (the CLI reads BANSHI_ADMIN_PASSWORD) gives one to the account `admin`, or to the
// first active administrator, so someone can sign in and reset the others.
import { readFileSync } from 'node:fs';
import { sql, type Kysely, type Transaction } from 'kysely';
import { hashPassword } from '../auth/password';
import { FACTS_FROM_BUNDLES } from '../migrations/002_published_facts';
import { SCORECARD_FACTS_FROM_BUNDLES } from '../migrations/008_scorecard_facts';

/** SQL over `versions` (as `v`): the version is an item's (not a one-thing's). */
const itemVersion = (v: string) =>
	`${v}item_id in (select id from items where document_type = 'item')`;
import type { Database } from '../db/schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError } from './export';
import { appliedMigrations, BACKUP_TABLES, SKIPPED_TABLES, unknownTables } from './tables';

/** Stored for restored accounts: no argon2 hash ever equals it, so no password verifies. */
export const NO_PASSWORD = '!restored-without-password';

const BATCH_BYTES = 4 * 1024 * 1024;

export interface Backup {
	format: string;
	formatVersion: number;
	exportedAt: string;
	migrations: string[];
	tables: Record<string, Record<string, unknown>[]>;
}

export interface ImportSummary {
	rows: Record<string, number>;
	adminWithPassword: string | null;
}

function checkShape(dump: unknown): asserts dump is Backup {
	const d = dump as Partial<Backup> | null;
	if (!d || typeof d !== 'object' || d.format !== BACKUP_FORMAT)
		throw new BackupError('not a Banshi backup (format is not "banshi-backup")');
	if (d.formatVersion !== BACKUP_FORMAT_VERSION)
		throw new BackupError(`backup format version ${d.formatVersion} is not supported`);
	if (!Array.isArray(d.migrations) || !d.tables || typeof d.tables !== 'object')
		throw new BackupError('backup without migrations or tables');
	for (const t of BACKUP_TABLES)
		if (!Array.isArray(d.tables[t.name])) throw new BackupError(`backup without table ${t.name}`);
	const extra = Object.keys(d.tables).filter((n) => !BACKUP_TABLES.some((t) => t.name === n));
	if (extra.length) throw new BackupError(`backup with unknown tables: ${extra.join(', ')}`);
}

async function nonEmptyTables(tx: Transaction<Database>): Promise<string[]> {
	const names = [
		...BACKUP_TABLES.map((t) => t.name),
		...SKIPPED_TABLES.filter((t) => t === 'sessions')
	];
	const found: string[] = [];
	for (const name of names) {
		const r = await sql<{
			any: boolean;
		}>`select exists (select 1 from ${sql.table(name)}) as any`.execute(tx);
		if (r.rows[0].any) found.push(name);
	}
	return found;
}

/** Rows in batches of at most ~4 MB of JSON, each one INSERT … SELECT from json_populate_recordset. */
async function insertRows(
	tx: Transaction<Database>,
	table: string,
	identity: boolean,
	rows: Record<string, unknown>[]
): Promise<void> {
	let batch: string[] = [];
	let size = 0;
	const flush = async () => {
		if (!batch.length) return;
		const json = '[' + batch.join(',') + ']';
		await sql`insert into ${sql.table(table)} ${sql.raw(identity ? 'overriding system value' : '')}
			select * from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`.execute(tx);
		batch = [];
		size = 0;
	};
	for (const row of rows) {
		const text = JSON.stringify(row);
		if (size + text.length > BATCH_BYTES) await flush();
		batch.push(text);
		size += text.length;
	}
	await flush();
}

export async function importDatabase(
	db: Kysely<Database>,
	dump: unknown,
	opts: { adminPassword?: string } = {}
): Promise<ImportSummary> {
	checkShape(dump);
	const adminHash = opts.adminPassword ? await hashPassword(opts.adminPassword) : null;
	return db.transaction().execute(async (tx) => {
		await sql`set local timezone = 'UTC'`.execute(tx);
		const unknown = await unknownTables(tx);
		if (unknown.length)
			throw new BackupError(`tables the backup does not know: ${unknown.join(', ')}`);
		const here = await appliedMigrations(tx);
		if (dump.migrations.join() !== here.join())
			throw new BackupError(
				`the backup was taken at schema [${dump.migrations.join(', ')}], this database is at [${here.join(', ')}]`
			);
		const busy = await nonEmptyTables(tx);
		if (busy.length)
			throw new BackupError(
				`the database is not empty (${busy.join(', ')}); restore into a new data directory or database`
			);
		const rows: Record<string, number> = {};
		for (const table of BACKUP_TABLES) {
			let data = dump.tables[table.name];
			if (table.name === 'users') data = data.map((u) => ({ ...u, password_hash: NO_PASSWORD }));
			await insertRows(tx, table.name, table.identity, data);
			rows[table.name] = data.length;
			if (table.identity)
				await sql`select setval(pg_get_serial_sequence(${table.name}, 'id'),
					coalesce(max(id), 1), max(id) is not null) from ${sql.table(table.name)}`.execute(tx);
		}
		// the public search reads published facts only; they come from the restored bundles (of
		// items: a one-thing's version has no item facts)
		await sql.raw(`${FACTS_FROM_BUNDLES} where ${itemVersion('')}`).execute(tx);
		await sql.raw(`${SCORECARD_FACTS_FROM_BUNDLES} where ${itemVersion('v.')}`).execute(tx);
		let adminWithPassword: string | null = null;
		if (adminHash) {
			const admin = await tx
				.selectFrom('users')
				.select(['id', 'username'])
				.where('role', '=', 'admin')
				.where('disabled', '=', false)
				.orderBy(sql`username = 'admin'`, 'desc')
				.orderBy('id')
				.executeTakeFirst();
			if (admin) {
				await tx
					.updateTable('users')
					.set({ password_hash: adminHash })
					.where('id', '=', admin.id)
					.execute();
				adminWithPassword = admin.username;
			}
		}
		return { rows, adminWithPassword };
	});
}

export async function importFromFile(
	db: Kysely<Database>,
	file: string,
	opts: { adminPassword?: string } = {}
): Promise<ImportSummary> {
	let dump: unknown;
	try {
		dump = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new BackupError(`${file} cannot be read as JSON: ${(error as Error).message}`);
	}
	return importDatabase(db, dump, opts);
}
