import { sql, type Kysely, type Transaction } from 'kysely';
import type { CheckpointKind } from '../../domain/workflow/revisions';
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
		/** the revision whose content this one brings back */
		restoredFrom?: number;
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
			valid: r.valid ?? true,
			restored_from: r.restoredFrom ?? null
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

/** Revisions a review or a version points at: submitted, decided, withdrawn or published. */
function workflowMarked(db: Db, revisionId: number) {
	return db
		.selectFrom('review_requests')
		.select('id')
		.where('revision_id', '=', revisionId)
		.union(db.selectFrom('versions').select('id').where('revision_id', '=', revisionId));
}

/** Whether the revision carries a checkpoint: creation, a name, a restore, a review or a version. */
export async function isCheckpoint(db: Db, r: RevisionRow | StoredRevision): Promise<boolean> {
	if (r.base_revision === null || r.label !== null || r.restored_from !== null) return true;
	const marked = await workflowMarked(db, r.id).executeTakeFirst();
	return marked !== undefined;
}

/**
 * Saves into the working revision `id` again: it takes number `n` (so a stale base revision is still
 * refused) and the new content. Refuses (answers false) when the revision has become a checkpoint.
 */
export async function continueWorkingRevision(
	db: Db,
	id: number,
	r: { n: number; document: unknown; valid: boolean }
): Promise<boolean> {
	const updated = await db
		.updateTable('revisions')
		.set((eb) => ({
			n: r.n,
			document: JSON.stringify(r.document),
			valid: r.valid,
			saves: eb('saves', '+', 1),
			saved_at: sql<Date>`now()`
		}))
		.where('id', '=', id)
		.where('label', 'is', null)
		.where('restored_from', 'is', null)
		.where('base_revision', 'is not', null)
		.where(({ not, exists }) => not(exists(workflowMarked(db, id))))
		.executeTakeFirst();
	return Number(updated.numUpdatedRows) === 1;
}

/** Gives the revision the name an editor chose for it as a checkpoint. */
export async function nameRevision(db: Db, id: number, label: string): Promise<void> {
	await db.updateTable('revisions').set({ label }).where('id', '=', id).execute();
}

export interface Checkpoint {
	kind: CheckpointKind;
	/** who marked it (the editor, the reviewer, the publisher) */
	by: string;
	at: string;
	/** the name an editor gave it, or the version number published */
	label?: string;
	/** a restored revision: the one it restores */
	from?: number;
}

export interface RevisionSummary {
	n: number;
	author: string;
	baseRevision: number | null;
	createdAt: string;
	/** when the last save into it was made (a working revision takes several) */
	savedAt: string;
	saves: number;
	/** empty for a working revision */
	checkpoints: Checkpoint[];
}

export async function listRevisions(db: Db, itemId: number): Promise<RevisionSummary[]> {
	const [rows, reviews, versions] = await Promise.all([
		db
			.selectFrom('revisions')
			.innerJoin('users', 'users.id', 'revisions.author_id')
			.select([
				'revisions.id',
				'revisions.n',
				'users.username',
				'revisions.base_revision',
				'revisions.created_at',
				'revisions.saved_at',
				'revisions.saves',
				'revisions.label',
				'revisions.restored_from'
			])
			.where('revisions.item_id', '=', itemId)
			.orderBy('revisions.n', 'desc')
			.execute(),
		db
			.selectFrom('review_requests as r')
			.innerJoin('users as s', 's.id', 'r.submitted_by')
			.leftJoin('users as d', 'd.id', 'r.reviewer_id')
			.select([
				'r.revision_id',
				'r.state',
				'r.submitted_at',
				'r.decided_at',
				's.username as submitter',
				'd.username as reviewer'
			])
			.where('r.item_id', '=', itemId)
			.orderBy('r.id')
			.execute(),
		db
			.selectFrom('versions as v')
			.innerJoin('users as p', 'p.id', 'v.published_by')
			.select(['v.revision_id', 'v.n', 'v.published_at', 'p.username as publisher'])
			.where('v.item_id', '=', itemId)
			.orderBy('v.n')
			.execute()
	]);
	const marks = new Map<number, Checkpoint[]>();
	const mark = (revisionId: number, c: Checkpoint) =>
		marks.set(revisionId, [...(marks.get(revisionId) ?? []), c]);
	for (const r of reviews) {
		mark(r.revision_id, { kind: 'submitted', by: r.submitter, at: r.submitted_at.toISOString() });
		if (r.state !== 'pending' && r.decided_at)
			mark(r.revision_id, {
				kind: r.state,
				// a withdrawal is the submitter's own; a decision is the reviewer's
				by: r.state === 'withdrawn' ? r.submitter : (r.reviewer ?? r.submitter),
				at: r.decided_at.toISOString()
			});
	}
	for (const v of versions)
		mark(v.revision_id, {
			kind: 'published',
			by: v.publisher,
			at: v.published_at.toISOString(),
			label: String(v.n)
		});
	return rows.map((r) => {
		const at = r.created_at.toISOString();
		const own: Checkpoint[] = [];
		if (r.base_revision === null) own.push({ kind: 'created', by: r.username, at });
		if (r.restored_from !== null)
			own.push({ kind: 'restored', by: r.username, at, from: r.restored_from });
		if (r.label !== null)
			own.push({
				kind: 'named',
				by: r.username,
				at: (r.saved_at ?? r.created_at).toISOString(),
				label: r.label
			});
		return {
			n: r.n,
			author: r.username,
			baseRevision: r.base_revision,
			createdAt: at,
			savedAt: (r.saved_at ?? r.created_at).toISOString(),
			saves: r.saves,
			checkpoints: [...own, ...(marks.get(r.id) ?? [])]
		};
	});
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

/**
 * The item's current revision, read with the item's revision number in one statement. Reading the
 * number first and the revision by it after can miss: a save in between may move the working
 * revision on to the next number (continueWorkingRevision), and no revision has the old one then.
 */
export async function getCurrentRevision(db: Db, itemId: number): Promise<StoredRevision> {
	const row = await db
		.selectFrom('items')
		.innerJoin('revisions', (j) =>
			j
				.onRef('revisions.item_id', '=', 'items.id')
				.onRef('revisions.n', '=', 'items.current_revision')
		)
		.innerJoin('users', 'users.id', 'revisions.author_id')
		.selectAll('revisions')
		.select('users.username as author')
		.where('items.id', '=', itemId)
		.executeTakeFirstOrThrow();
	return { ...row, document: JSON.parse(row.document) as Record<string, unknown> };
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
		.where('items.document_type', '=', 'item')
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
