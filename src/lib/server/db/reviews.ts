import type { Kysely, Transaction } from 'kysely';
import { staleMembers, type StaleMember } from '../../domain/onething/staleness';
import { memberStates, pinsOfReviews } from './onethings';
import type { Database, DocumentType, ReviewState } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface ReviewComment {
	pointer: string | null;
	text: string;
	author: string;
	createdAt: string;
}

export interface ReviewView {
	id: number;
	/** an item's review or a one-thing's */
	type: DocumentType;
	item: string;
	itemName: string;
	department: string;
	revision: number;
	revisionAuthor: string;
	state: ReviewState;
	submittedBy: string;
	submittedAt: string;
	reviewer: string | null;
	decidedAt: string | null;
	comments: ReviewComment[];
	/** a one-thing's members published anew since it was submitted (pending and approved reviews) */
	staleMembers: StaleMember[];
}

export async function insertReview(
	db: Db,
	r: { itemId: number; revisionId: number; submittedBy: number }
): Promise<number> {
	const row = await db
		.insertInto('review_requests')
		.values({
			item_id: r.itemId,
			revision_id: r.revisionId,
			state: 'pending',
			submitted_by: r.submittedBy,
			reviewer_id: null,
			decided_at: null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

function baseQuery(db: Db) {
	return db
		.selectFrom('review_requests as rr')
		.innerJoin('items as i', 'i.id', 'rr.item_id')
		.innerJoin('revisions as rv', 'rv.id', 'rr.revision_id')
		.innerJoin('users as author', 'author.id', 'rv.author_id')
		.innerJoin('users as submitter', 'submitter.id', 'rr.submitted_by')
		.leftJoin('users as reviewer', 'reviewer.id', 'rr.reviewer_id')
		.select([
			'rr.id',
			'rr.item_id',
			'rr.revision_id',
			'rr.state',
			'rr.submitted_at',
			'rr.decided_at',
			'i.code',
			'i.name',
			'i.department_code',
			'i.document_type',
			'rv.n',
			'rv.author_id',
			'author.username as author',
			'submitter.username as submitter',
			'reviewer.username as reviewer'
		]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

async function withComments(db: Db, rows: BaseRow[]): Promise<ReviewView[]> {
	const ids = rows.map((r) => r.id);
	const comments =
		ids.length === 0
			? []
			: await db
					.selectFrom('review_comments as c')
					.innerJoin('users as u', 'u.id', 'c.author_id')
					.select(['c.review_id', 'c.pointer', 'c.text', 'c.created_at', 'u.username'])
					.where('c.review_id', 'in', ids)
					.orderBy('c.id')
					.execute();
	// one-thing reviews still open: which members published another version since submission
	const open = rows
		.filter(
			(r) => r.document_type === 'onething' && (r.state === 'pending' || r.state === 'approved')
		)
		.map((r) => r.id);
	const pins = await pinsOfReviews(db, open);
	const states = await memberStates(
		db,
		[...pins.values()].flatMap((list) => list.map((p) => p.code))
	);
	return rows.map((r) => ({
		id: r.id,
		type: r.document_type,
		item: r.code,
		itemName: r.name,
		department: r.department_code,
		revision: r.n,
		revisionAuthor: r.author,
		state: r.state,
		submittedBy: r.submitter,
		submittedAt: r.submitted_at.toISOString(),
		reviewer: r.reviewer,
		decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
		comments: comments
			.filter((c) => c.review_id === r.id)
			.map((c) => ({
				pointer: c.pointer,
				text: c.text,
				author: c.username,
				createdAt: c.created_at.toISOString()
			})),
		staleMembers: staleMembers(pins.get(r.id) ?? [], states)
	}));
}

export interface ReviewRecord {
	id: number;
	itemId: number;
	revisionId: number;
	revisionAuthorId: number;
	submittedById: number;
	state: ReviewState;
}

/** Locks the review row for a decision; the caller also holds the item lock. */
export async function lockReview(
	tx: Transaction<Database>,
	id: number
): Promise<ReviewRecord | undefined> {
	const r = await tx
		.selectFrom('review_requests as rr')
		.innerJoin('revisions as rv', 'rv.id', 'rr.revision_id')
		.select([
			'rr.id',
			'rr.item_id',
			'rr.revision_id',
			'rr.state',
			'rr.submitted_by',
			'rv.author_id'
		])
		.where('rr.id', '=', id)
		.forUpdate()
		.executeTakeFirst();
	return (
		r && {
			id: r.id,
			itemId: r.item_id,
			revisionId: r.revision_id,
			revisionAuthorId: r.author_id,
			submittedById: r.submitted_by,
			state: r.state
		}
	);
}

export async function getReview(db: Db, id: number): Promise<ReviewView | undefined> {
	const row = await baseQuery(db).where('rr.id', '=', id).executeTakeFirst();
	return row ? (await withComments(db, [row]))[0] : undefined;
}

export async function listReviews(
	db: Db,
	f: {
		state?: ReviewState;
		itemId?: number;
		/** only reviews of these departments' items; absent: every department */
		departments?: readonly string[];
		limit?: number;
	}
): Promise<ReviewView[]> {
	if (f.departments && f.departments.length === 0) return [];
	let q = baseQuery(db);
	if (f.departments) q = q.where('i.department_code', 'in', f.departments);
	if (f.state) q = q.where('rr.state', '=', f.state);
	if (f.itemId !== undefined) q = q.where('rr.item_id', '=', f.itemId);
	const rows = await q
		.orderBy('rr.submitted_at', f.itemId !== undefined ? 'desc' : 'asc')
		.orderBy('rr.id', f.itemId !== undefined ? 'desc' : 'asc')
		.limit(f.limit ?? 200)
		.execute();
	return withComments(db, rows);
}

export async function decideReview(
	db: Db,
	id: number,
	state: ReviewState,
	reviewerId: number | null
): Promise<void> {
	await db
		.updateTable('review_requests')
		.set({ state, reviewer_id: reviewerId, decided_at: new Date() })
		.where('id', '=', id)
		.execute();
}

export async function pendingReviewOf(db: Db, itemId: number): Promise<number | undefined> {
	const r = await db
		.selectFrom('review_requests')
		.select('id')
		.where('item_id', '=', itemId)
		.where('state', '=', 'pending')
		.executeTakeFirst();
	return r?.id;
}

/** The approval of exactly this revision, if any: only an approved revision may be published. */
export async function approvalOf(
	db: Db,
	revisionId: number
): Promise<{ id: number; reviewerId: number } | undefined> {
	const r = await db
		.selectFrom('review_requests')
		.select(['id', 'reviewer_id'])
		.where('revision_id', '=', revisionId)
		.where('state', '=', 'approved')
		.orderBy('id', 'desc')
		.executeTakeFirst();
	return r && r.reviewer_id !== null ? { id: r.id, reviewerId: r.reviewer_id } : undefined;
}

export async function insertComments(
	db: Db,
	reviewId: number,
	authorId: number,
	comments: { pointer?: string | null; text: string }[]
): Promise<void> {
	if (comments.length === 0) return;
	await db
		.insertInto('review_comments')
		.values(
			comments.map((c) => ({
				review_id: reviewId,
				pointer: c.pointer ?? null,
				text: c.text,
				author_id: authorId
			}))
		)
		.execute();
}
