import type { Kysely, Transaction } from 'kysely';
import type { Database, RevisionRow } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A revision with its document read back from the stored text, keys in the order they were saved. */
export type StoredRevision = Omit<RevisionRow, 'document'> & {
	document: Record<string, unknown>;
	author: string;
};

export async function insertRevision(
	db: Db,
	r: {
		itemId: number;
		n: number;
		document: unknown;
		authorId: number;
		baseRevision: number | null;
		/** false for a draft stored with problems (only submitting needs a valid document) */
		valid?: boolean;
	}
): Promise<RevisionRow> {
	return db
		.insertInto('revisions')
		.values({
			item_id: r.itemId,
			n: r.n,
			document: JSON.stringify(r.document),
			author_id: r.authorId,
			base_revision: r.baseRevision,
			valid: r.valid ?? true
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

export interface RevisionSummary {
	n: number;
	author: string;
	baseRevision: number | null;
	createdAt: string;
}

export async function listRevisions(db: Db, itemId: number): Promise<RevisionSummary[]> {
	const rows = await db
		.selectFrom('revisions')
		.innerJoin('users', 'users.id', 'revisions.author_id')
		.select(['revisions.n', 'users.username', 'revisions.base_revision', 'revisions.created_at'])
		.where('revisions.item_id', '=', itemId)
		.orderBy('revisions.n', 'desc')
		.execute();
	return rows.map((r) => ({
		n: r.n,
		author: r.username,
		baseRevision: r.base_revision,
		createdAt: r.created_at.toISOString()
	}));
}

export async function getRevision(
	db: Db,
	itemId: number,
	n: number
): Promise<StoredRevision | undefined> {
	const row = await db
		.selectFrom('revisions')
		.innerJoin('users', 'users.id', 'revisions.author_id')
		.selectAll('revisions')
		.select('users.username as author')
		.where('revisions.item_id', '=', itemId)
		.where('revisions.n', '=', n)
		.executeTakeFirst();
	return row && { ...row, document: JSON.parse(row.document) as Record<string, unknown> };
}

export interface CurrentDocument {
	code: string;
	name: string;
	status: string;
	document: Record<string, unknown>;
}

/**
 * The current revision of every item still in use (not retired, not archived) that passed the item
 * checks: what a change of settings could newly block.
 */
export async function currentValidDocuments(db: Db): Promise<CurrentDocument[]> {
	const rows = await db
		.selectFrom('items')
		.innerJoin('revisions', (j) =>
			j
				.onRef('revisions.item_id', '=', 'items.id')
				.onRef('revisions.n', '=', 'items.current_revision')
		)
		.select(['items.code', 'items.name', 'items.status', 'revisions.document'])
		.where('items.status', '!=', 'retired')
		.where('items.archived_at', 'is', null)
		.where('revisions.valid', '=', true)
		.orderBy('items.code')
		.execute();
	return rows.map((r) => ({
		code: r.code,
		name: r.name,
		status: r.status,
		document: JSON.parse(r.document) as Record<string, unknown>
	}));
}
