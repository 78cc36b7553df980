// The Excel column mapping each department saved last for a header row, with who saved it and when.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredXlsxMapping {
	department: string;
	headers: string[];
	/** as stored; the service checks its shape before handing it out */
	mapping: unknown;
	savedBy: string;
	savedAt: Date;
}

/** The mapping saved last for the header row in any of `departments`. */
export async function latestXlsxMapping(
	db: Db,
	departments: readonly string[],
	headerHash: string
): Promise<StoredXlsxMapping | undefined> {
	if (departments.length === 0) return undefined;
	const row = await db
		.selectFrom('xlsx_mappings')
		.innerJoin('users', 'users.id', 'xlsx_mappings.saved_by')
		.select([
			'xlsx_mappings.department_code',
			'xlsx_mappings.headers',
			'xlsx_mappings.mapping',
			'users.display_name',
			'xlsx_mappings.saved_at'
		])
		.where('xlsx_mappings.department_code', 'in', [...departments])
		.where('xlsx_mappings.header_hash', '=', headerHash)
		.orderBy('xlsx_mappings.saved_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	return (
		row && {
			department: row.department_code,
			headers: row.headers,
			mapping: row.mapping,
			savedBy: row.display_name,
			savedAt: row.saved_at
		}
	);
}

/** Keeps `mapping` as the department's for this header row, replacing the one saved before. */
export async function putXlsxMapping(
	db: Db,
	row: {
		department: string;
		headerHash: string;
		headers: string[];
		mapping: unknown;
		savedBy: number;
		savedAt: Date;
	}
): Promise<void> {
	const values = {
		headers: JSON.stringify(row.headers),
		mapping: JSON.stringify(row.mapping),
		saved_by: row.savedBy,
		saved_at: row.savedAt
	};
	await db
		.insertInto('xlsx_mappings')
		.values({ department_code: row.department, header_hash: row.headerHash, ...values })
		.onConflict((oc) => oc.columns(['department_code', 'header_hash']).doUpdateSet(values))
		.execute();
}
