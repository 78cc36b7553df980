// Review: submit → approve / return. Every transition takes the item's row lock, asks the workflow
// whether this user may take it from this status (the approver is never the author), and is written
// to the audit log.
import { parsePointer } from '../../domain/pointer';
import { departmentScope, nextStatus, type ReviewState } from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import { lockItemByCode, updateItem } from '../db/items';
import {
	decideReview,
	getReview,
	insertComments,
	insertReview,
	listReviews,
	lockReview,
	type ReviewView
} from '../db/reviews';
import { getRevision } from '../db/revisions';
import { badRequest, m, notFound } from '../errors';
import { checkSubmittable } from './checks';
import type { ServiceContext } from './context';
import type { ItemService } from './items';

export interface CommentInput {
	pointer?: string | null;
	text: string;
}

export type Decision = 'approve' | 'return';

function checkComments(comments: CommentInput[]): void {
	comments.forEach((c, i) => {
		if (typeof c.text !== 'string' || c.text.trim() === '')
			throw badRequest(m('server.review.emptyComment', { n: i + 1 }), [
				{ pointer: `/comments/${i}/text`, message: m('server.required') }
			]);
		if (c.pointer !== undefined && c.pointer !== null) {
			try {
				parsePointer(c.pointer);
			} catch {
				throw badRequest(m('server.review.badPointer', { n: i + 1 }), [
					{ pointer: `/comments/${i}/pointer`, message: 'JSON Pointer (RFC 6901)' }
				]);
			}
		}
	});
}

export class ReviewService {
	constructor(
		private readonly c: ServiceContext,
		private readonly items: ItemService
	) {}

	async submit(actor: Actor | null, code: string): Promise<ReviewView> {
		const user = signedIn(actor);
		const existing = await this.items.row(code);
		authorize(user, 'submit', { department: existing.department_code });
		const { db } = this.c;
		const id = await db.transaction().execute(async (tx) => {
			const item = (await lockItemByCode(tx, code))!;
			authorize(user, 'submit', {
				department: item.department_code,
				status: item.status,
				archived: item.archived_at !== null
			});
			const revision = (await getRevision(tx, item.id, item.current_revision))!;
			// Drafts are stored with problems; review sees only a valid item (issue 14 item 2).
			checkSubmittable(revision.document, this.c.locale);
			const reviewId = await insertReview(tx, {
				itemId: item.id,
				revisionId: revision.id,
				submittedBy: user.id
			});
			await updateItem(tx, item.id, { status: nextStatus('submit')! });
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'item.submit',
				subject: `item:${code}`,
				detail: { review: reviewId, revision: revision.n }
			});
			return reviewId;
		});
		return (await getReview(db, id))!;
	}

	async decide(
		actor: Actor | null,
		reviewId: number,
		decision: Decision,
		comments: CommentInput[]
	): Promise<ReviewView> {
		const user = authorize(actor, decision);
		checkComments(comments);
		if (decision === 'return' && comments.length === 0)
			throw badRequest(m('server.review.needsComment'), [
				{ pointer: '/comments', message: m('server.review.atLeastOne') }
			]);
		const { db } = this.c;
		const review = await getReview(db, reviewId);
		if (!review) throw notFound(m('server.review.notFound', { id: reviewId }));
		await db.transaction().execute(async (tx) => {
			const item = (await lockItemByCode(tx, review.item))!;
			const locked = (await lockReview(tx, reviewId))!;
			authorize(user, decision, {
				department: item.department_code,
				status: item.status,
				review: locked.state,
				author: locked.revisionAuthorId
			});
			const state = decision === 'approve' ? 'approved' : 'returned';
			await decideReview(tx, reviewId, state, user.id);
			await insertComments(tx, reviewId, user.id, comments);
			await updateItem(tx, item.id, { status: nextStatus(decision)! });
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: decision === 'approve' ? 'review.approve' : 'review.return',
				subject: `item:${review.item}`,
				detail: { review: reviewId, revision: review.revision, comments: comments.length }
			});
		});
		return (await getReview(db, reviewId))!;
	}

	/** Reviews, oldest first; an editor sees those of their own departments' items. */
	async list(actor: Actor | null, state: ReviewState | undefined): Promise<ReviewView[]> {
		const scope = departmentScope(signedIn(actor), 'read');
		return listReviews(this.c.db, {
			state,
			departments: scope === 'all' ? undefined : scope
		});
	}

	async get(actor: Actor | null, id: number): Promise<ReviewView> {
		signedIn(actor);
		const review = await getReview(this.c.db, id);
		if (!review) throw notFound(m('server.review.notFound', { id }));
		authorize(actor, 'read', { department: review.department });
		return review;
	}
}
