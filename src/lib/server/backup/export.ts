// Export of the whole registry to one JSON document: every record table row by row, as PostgreSQL
// itself renders it (row_to_json: timestamps with microseconds in UTC, jsonb as JSON, bundle bytes as
// the exact stored string), in key order, read in one repeatable-read snapshot so a server may keep
// running while it is taken. Written as it is read, so memory stays flat on a large registry.
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { appliedMigrations, BACKUP_TABLES, SECRET_COLUMNS, unknownTables } from './tables';

export const BACKUP_FORMAT = 'banshi-backup';
export const BACKUP_FORMAT_VERSION = 1;

const PAGE = 500;

export interface ExportSummary {
	rows: Record<string, number>;
	bytes: number;
}

export class BackupError extends Error {}

/** Streams the backup to `write`; resolves with the row count of each table. */
export async function exportDatabase(
	db: Kysely<Database>,
	write: (chunk: string) => Promise<void> | void,
	now: Date = new Date()
): Promise<ExportSummary> {
	let bytes = 0;
	const out = async (s: string) => {
		bytes += Buffer.byteLength(s);
		await write(s);
	};
	const rows: Record<string, number> = {};
	await db
		.transaction()
		.setIsolationLevel('repeatable read')
		.execute(async (tx) => {
			await sql`set local timezone = 'UTC'`.execute(tx);
			const unknown = await unknownTables(tx);
			if (unknown.length)
				throw new BackupError(`tables the backup does not know: ${unknown.join(', ')}`);
			const header = {
				format: BACKUP_FORMAT,
				formatVersion: BACKUP_FORMAT_VERSION,
				exportedAt: now.toISOString(),
				migrations: await appliedMigrations(tx),
				omitted: { tables: ['sessions', 'login_throttle'], columns: SECRET_COLUMNS }
			};
			await out(JSON.stringify(header).slice(0, -1) + ',"tables":{');
			for (const [t, table] of BACKUP_TABLES.entries()) {
				await out(`${t ? ',' : ''}\n${JSON.stringify(table.name)}:[`);
				const secret = SECRET_COLUMNS[table.name] ?? [];
				let count = 0;
				// OFFSET paging is fine inside one snapshot: the rows cannot move between pages.
				for (let offset = 0; ; offset += PAGE) {
					const page = await sql<{ j: string }>`
						select row_to_json(t)::text as j from (
							select * from ${sql.table(table.name)} order by ${sql.raw(table.order)}
							limit ${PAGE} offset ${offset}
						) t`.execute(tx);
					for (const { j } of page.rows) {
						let line = j;
						if (secret.length) {
							const row = JSON.parse(j);
							for (const c of secret) delete row[c];
							line = JSON.stringify(row);
						}
						await out(`${count ? ',' : ''}\n${line}`);
						count++;
					}
					if (page.rows.length < PAGE) break;
				}
				await out(']');
				rows[table.name] = count;
			}
			await out('\n}}\n');
		});
	return { rows, bytes };
}

/** Writes to FILE.partial and renames it when complete, so a failed export never looks finished;
 * refuses to overwrite an existing file. */
export async function exportToFile(db: Kysely<Database>, file: string): Promise<ExportSummary> {
	if (existsSync(file)) throw new BackupError(`${file} exists; choose a new file name`);
	const partial = `${file}.partial`;
	const stream = createWriteStream(partial, { flags: 'w' });
	await once(stream, 'open');
	try {
		const summary = await exportDatabase(db, async (chunk) => {
			if (!stream.write(chunk)) await once(stream, 'drain');
		});
		stream.end();
		await once(stream, 'finish');
		renameSync(partial, file);
		return summary;
	} catch (error) {
		stream.destroy();
		rmSync(partial, { force: true });
		throw error;
	}
}
