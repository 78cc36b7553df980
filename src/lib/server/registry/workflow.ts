// Review workflow: submit → approve / return. Every transition takes the item's row lock, checks
// role, state and that the approver did not write the revision, and is written to the audit log.
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import { parsePointer } from '../../domain/pointer';
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
import type { Database, ItemStatus } from '../db/schema';
import type { Actor } from '../auth/actor';
import { requireEditorOf, requireRole } from '../auth/access';
import { badRequest, conflict, forbidden, notFound } from '../http/problem';
import { requireItem } from './items';

export interface CommentInput {
	pointer?: string | null;
	text: string;
}

const STATUS_ZH: Record<ItemStatus, string> = {
	draft: '草稿',
	'in-review': '审核中',
	returned: '已退回',
	approved: '已通过审核',
	published: '已发布',
	retired: '已取消'
};

export function invalidTransition(locale: Locale, action: [string, string], status: ItemStatus) {
	return conflict(
		locale,
		'invalid-transition',
		[
			`事项当前状态为“${STATUS_ZH[status]}”，不能${action[0]}。`,
			`The item is ${status}; it cannot be ${action[1]}.`
		],
		{ itemStatus: status }
	);
}

export async function submitForReview(
	db: Kysely<Database>,
	actor: Actor,
	code: string,
	locale: Locale
): Promise<ReviewView> {
	const existing = await requireItem(db, code, locale);
	requireEditorOf(actor, existing.department_code, locale);
	const id = await db.transaction().execute(async (tx) => {
		const item = (await lockItemByCode(tx, code))!;
		if (item.status !== 'draft' && item.status !== 'returned')
			throw invalidTransition(locale, ['提交审核', 'submitted for review'], item.status);
		const revision = (await getRevision(tx, item.id, item.current_revision))!;
		const reviewId = await insertReview(tx, {
			itemId: item.id,
			revisionId: revision.id,
			submittedBy: actor.id
		});
		await updateItem(tx, item.id, { status: 'in-review' });
		await appendAudit(tx, {
			actorId: actor.id,
			actor: actor.username,
			action: 'item.submit',
			subject: `item:${code}`,
			detail: { review: reviewId, revision: revision.n }
		});
		return reviewId;
	});
	return (await getReview(db, id))!;
}

function checkComments(comments: CommentInput[], locale: Locale): void {
	comments.forEach((c, i) => {
		if (typeof c.text !== 'string' || c.text.trim() === '')
			throw badRequest(
				locale,
				[`第 ${i + 1} 条意见没有内容。`, `Comment ${i + 1} has no text.`],
				[{ pointer: `/comments/${i}/text`, message: locale === 'en' ? 'required' : '必填' }]
			);
		if (c.pointer !== undefined && c.pointer !== null) {
			try {
				parsePointer(c.pointer);
			} catch {
				throw badRequest(
					locale,
					[
						`第 ${i + 1} 条意见的定位不是 JSON 指针。`,
						`Comment ${i + 1} has an invalid JSON pointer.`
					],
					[{ pointer: `/comments/${i}/pointer`, message: 'JSON Pointer (RFC 6901)' }]
				);
			}
		}
	});
}

export async function decide(
	db: Kysely<Database>,
	actor: Actor,
	reviewId: number,
	decision: 'approved' | 'returned',
	comments: CommentInput[],
	locale: Locale
): Promise<ReviewView> {
	requireRole(actor, ['reviewer'], locale);
	checkComments(comments, locale);
	if (decision === 'returned' && comments.length === 0)
		throw badRequest(
			locale,
			['退回时请填写至少一条意见。', 'Returning needs at least one comment.'],
			[{ pointer: '/comments', message: locale === 'en' ? 'at least one comment' : '至少一条意见' }]
		);
	const review = await getReview(db, reviewId);
	if (!review)
		throw notFound(locale, [`审核单 ${reviewId} 不存在。`, `Review ${reviewId} does not exist.`]);
	await db.transaction().execute(async (tx) => {
		const item = (await lockItemByCode(tx, review.item))!;
		const locked = (await lockReview(tx, reviewId))!;
		if (locked.state !== 'pending')
			throw conflict(locale, 'review-closed', [
				`该审核单已处理（${locked.state}）。`,
				`The review is already ${locked.state}.`
			]);
		if (locked.revisionAuthorId === actor.id)
			throw forbidden(locale, [
				'不能审核自己编写的版本：审核人与作者须为不同的人。',
				'You cannot review a revision you wrote: the approver must not be the author.'
			]);
		await decideReview(tx, reviewId, decision, actor.id);
		await insertComments(tx, reviewId, actor.id, comments);
		await updateItem(tx, item.id, { status: decision === 'approved' ? 'approved' : 'returned' });
		await appendAudit(tx, {
			actorId: actor.id,
			actor: actor.username,
			action: decision === 'approved' ? 'review.approve' : 'review.return',
			subject: `item:${review.item}`,
			detail: { review: reviewId, revision: review.revision, comments: comments.length }
		});
	});
	return (await getReview(db, reviewId))!;
}

export async function reviewQueue(
	db: Kysely<Database>,
	state: ReviewView['state'] | undefined
): Promise<ReviewView[]> {
	return listReviews(db, { state });
}
