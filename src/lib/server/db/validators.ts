import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredValidator {
	format: number;
	source: string;
}

export async function getValidator(
	db: Db,
	versionId: number
): Promise<StoredValidator | undefined> {
	return db
		.selectFrom('version_validators')
		.select(['format', 'source'])
		.where('version_id', '=', versionId)
		.executeTakeFirst();
}

/** Stores a version's module; a module stored meanwhile (two first requests at once) is kept. */
export async function insertValidator(
	db: Db,
	v: { versionId: number; format: number; source: string }
): Promise<void> {
	await insertValidators(db, [v]);
}

/** Several modules in one statement (large catalogs); modules already stored are kept. */
export async function insertValidators(
	db: Db,
	vs: { versionId: number; format: number; source: string }[]
): Promise<void> {
	if (vs.length === 0) return;
	await db
		.insertInto('version_validators')
		.values(vs.map((v) => ({ version_id: v.versionId, format: v.format, source: v.source })))
		.onConflict((oc) => oc.column('version_id').doNothing())
		.execute();
}
