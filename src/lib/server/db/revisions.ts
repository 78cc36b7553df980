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
	}
): Promise<RevisionRow> {
	return db
		.insertInto('revisions')
		.values({
			item_id: r.itemId,
			n: r.n,
			document: JSON.stringify(r.document),
			author_id: r.authorId,
			base_revision: r.baseRevision
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
