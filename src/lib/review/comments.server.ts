// What the author reads after a return: the comments of the item's latest decided review, with the
// revision they were written on, so each comment can be shown beside the content it concerns.
import type { Kysely } from 'kysely';
import { listReviews } from '$lib/server/db/reviews';
import type { Database } from '$lib/server/db/schema';
import { requireItemRow, summaryOf } from './review.server';
import { revisionDoc } from './store.server';
import type { ReviewSummary } from './types';

export interface CommentsPage {
	code: string;
	name: string;
	currentRevision: number;
	review: ReviewSummary | null;
	/** the reviewed revision's document */
	doc: unknown;
}

export async function loadComments(db: Kysely<Database>, code: string): Promise<CommentsPage> {
	const item = await requireItemRow(db, code);
	const reviews = await listReviews(db, { itemId: item.id, limit: 50 });
	// A returned review is what the author has to act on; otherwise the latest one with comments.
	const chosen =
		reviews.find((r) => r.state === 'returned') ??
		reviews.find((r) => r.comments.length > 0) ??
		null;
	const doc = chosen ? (await revisionDoc(db, item.id, chosen.revision))?.doc : undefined;
	return {
		code: item.code,
		name: item.name,
		currentRevision: item.current_revision,
		review: chosen ? summaryOf(chosen) : null,
		doc: doc ?? null
	};
}
