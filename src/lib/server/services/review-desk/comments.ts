// What the author reads after a return: the comments of the item's latest decided review, with the
// revision they were written on, so each comment can be shown beside the content it concerns.
import type { Kysely } from 'kysely';
import type { ReviewSummary } from '../../../review/types';
import { listReviews } from '../../db/reviews';
import type { Database, ItemRow } from '../../db/schema';
import { revisionDoc } from './documents';
import { summaryOf } from './page';

export interface CommentsPage {
	code: string;
	name: string;
	currentRevision: number;
	review: ReviewSummary | null;
	/** the reviewed revision's document */
	doc: unknown;
}

export async function commentsPage(db: Kysely<Database>, item: ItemRow): Promise<CommentsPage> {
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
