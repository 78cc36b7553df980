// A reviewer's comments not yet sent with a decision, one row per anchored change ('' for the
// general comment), so a reload or a closed tab loses nothing.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface CommentDraft {
	/** null for the general comment */
	pointer: string | null;
	about: string;
	text: string;
}

export async function listCommentDrafts(
	db: Db,
	reviewId: number,
	authorId: number
): Promise<CommentDraft[]> {
	const rows = await db
		.selectFrom('review_comment_drafts')
		.select(['pointer', 'about', 'text'])
		.where('review_id', '=', reviewId)
		.where('author_id', '=', authorId)
		.orderBy('updated_at')
		.orderBy('pointer')
		.execute();
	return rows.map((r) => ({
		pointer: r.pointer === '' ? null : r.pointer,
		about: r.about,
		text: r.text
	}));
}

export async function replaceCommentDrafts(
	tx: Transaction<Database>,
	reviewId: number,
	authorId: number,
	drafts: CommentDraft[]
): Promise<void> {
	const kept = await tx
		.selectFrom('review_comment_drafts')
		.select(['pointer', 'updated_at'])
		.where('review_id', '=', reviewId)
		.where('author_id', '=', authorId)
		.execute();
	const since = new Map(kept.map((r) => [r.pointer, r.updated_at]));
	await tx
		.deleteFrom('review_comment_drafts')
		.where('review_id', '=', reviewId)
		.where('author_id', '=', authorId)
		.execute();
	if (drafts.length === 0) return;
	const now = new Date();
	await tx
		.insertInto('review_comment_drafts')
		.values(
			drafts.map((d, i) => ({
				review_id: reviewId,
				author_id: authorId,
				pointer: d.pointer ?? '',
				about: d.about,
				text: d.text,
				// keep the order the comments were opened in
				updated_at: since.get(d.pointer ?? '') ?? new Date(now.getTime() + i)
			}))
		)
		.execute();
}

export async function deleteCommentDrafts(db: Db, reviewId: number): Promise<void> {
	await db.deleteFrom('review_comment_drafts').where('review_id', '=', reviewId).execute();
}
