// Review: submit → approve / return. Every transition takes the item's row lock, asks the workflow
// whether this user may take it from this status (the approver is never the author), and is written
// to the audit log.
import { parsePointer } from '../../domain/pointer';
import { departmentScope, nextStatus, type ReviewState } from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import {
	deleteCommentDrafts,
	listCommentDrafts,
	replaceCommentDrafts,
	type CommentDraft
} from '../db/comment-drafts';
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
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { activeUserIdsByRole } from '../db/notifications';
import { checkSubmittable } from './checks';
import type { ServiceContext } from './context';
import { notify } from './notifications';
import { deliverDue } from './webhook-delivery';
import type { ItemService } from './items';
import { membersChanged } from './onethings';

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

const MAX_DRAFTS = 500;

function checkDrafts(drafts: CommentDraft[]): void {
	if (drafts.length > MAX_DRAFTS)
		throw badRequest(m('server.review.tooManyDrafts', { max: MAX_DRAFTS }), [
			{ pointer: '/comments', message: m('server.review.tooManyDrafts', { max: MAX_DRAFTS }) }
		]);
	const seen = new Set<string>();
	drafts.forEach((d, i) => {
		const key = d.pointer ?? '';
		if (seen.has(key))
			throw badRequest(m('server.review.duplicateDraft', { n: i + 1 }), [
				{
					pointer: `/comments/${i}/pointer`,
					message: m('server.review.duplicateDraft', { n: i + 1 })
				}
			]);
		seen.add(key);
		if (d.pointer !== null) {
			try {
				parsePointer(d.pointer);
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
			const reviewers = (await activeUserIdsByRole(tx, 'reviewer')).filter((u) => u !== user.id);
			await notify(
				tx,
				{
					kind: 'review-waiting',
					itemCode: code,
					itemName: item.name,
					reviewId,
					actor: user.username
				},
				reviewers
			);
			return reviewId;
		});
		void deliverDue(db);
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
			// a one-thing whose members published anew since submission is returned, not approved
			if (decision === 'approve' && item.document_type === 'onething') {
				const changed = (await getReview(tx, reviewId))!.staleMembers;
				if (changed.length) throw membersChanged(changed);
			}
			const state = decision === 'approve' ? 'approved' : 'returned';
			await decideReview(tx, reviewId, state, user.id);
			await insertComments(tx, reviewId, user.id, comments);
			await deleteCommentDrafts(tx, reviewId);
			await updateItem(tx, item.id, { status: nextStatus(decision)! });
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: decision === 'approve' ? 'review.approve' : 'review.return',
				subject: `${item.document_type === 'onething' ? 'onething' : 'item'}:${review.item}`,
				detail: { review: reviewId, revision: review.revision, comments: comments.length }
			});
			await notify(
				tx,
				{
					kind: decision === 'approve' ? 'review-approved' : 'review-returned',
					itemCode: review.item,
					itemName: item.name,
					reviewId,
					actor: user.username
				},
				[locked.submittedById, locked.revisionAuthorId].filter((u) => u !== user.id)
			);
		});
		void deliverDue(db);
		return (await getReview(db, reviewId))!;
	}

	/** The reviewer's comments not yet sent on this review (only who may decide it has any). */
	async drafts(actor: Actor | null, reviewId: number): Promise<CommentDraft[]> {
		const user = signedIn(actor);
		return this.c.db.transaction().execute(async (tx) => {
			await this.mayDecide(tx, user, reviewId);
			return listCommentDrafts(tx, reviewId, user.id);
		});
	}

	/** Keeps the reviewer's comment drafts (the whole set) until the decision is sent. */
	async saveDrafts(
		actor: Actor | null,
		reviewId: number,
		drafts: CommentDraft[]
	): Promise<CommentDraft[]> {
		const user = signedIn(actor);
		checkDrafts(drafts);
		return this.c.db.transaction().execute(async (tx) => {
			await this.mayDecide(tx, user, reviewId);
			await replaceCommentDrafts(tx, reviewId, user.id, drafts);
			return listCommentDrafts(tx, reviewId, user.id);
		});
	}

	/** Drafts belong to a decision not yet taken: whoever may return the review, while it is pending. */
	private async mayDecide(tx: Transaction<Database>, user: Actor, reviewId: number): Promise<void> {
		const review = await getReview(tx, reviewId);
		if (!review) throw notFound(m('server.review.notFound', { id: reviewId }));
		const item = (await lockItemByCode(tx, review.item))!;
		const locked = (await lockReview(tx, reviewId))!;
		authorize(user, 'return', {
			department: item.department_code,
			status: item.status,
			review: locked.state,
			author: locked.revisionAuthorId
		});
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
