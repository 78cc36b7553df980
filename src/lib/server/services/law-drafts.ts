// Applying a recorded law change (services/laws.ts, LawService.apply): each affected item gets a new
// draft revision — its current one with the citations updated or flagged for a decision — checked,
// linted and audited; what was published goes back to review at once.
import type { Transaction } from 'kysely';
import type { Item } from '../../domain/item/types';
import { affectedCitations, applyToDocument } from '../../domain/law';
import { lintItem, type LintOptions } from '../../domain/lint';
import type { Locale } from '../../domain/i18n';
import { nextStatus } from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { appendAudit } from '../db/audit';
import { lockItemByCode, updateItem } from '../db/items';
import {
	documentsMentioning,
	getLawChange,
	insertLawChangeDraft,
	markLawChangeApplied,
	type LawRow
} from '../db/laws';
import { insertReview } from '../db/reviews';
import { getRevision, insertRevision } from '../db/revisions';
import type { Database } from '../db/schema';
import { conflict, m, notFound } from '../errors';
import { checkStorableDraft } from './checks';
import { documentHash } from './hash';
import { draftBlocked, impactOf, needlesOf, type ApplyResult } from './law-views';

/**
 * Open the drafts change `changeId` of `law` calls for, inside the caller's transaction `tx`, as
 * `user`; drafts are checked in `locale` and linted with `lintOptions`. Once per change.
 */
export async function openChangeDrafts(
	tx: Transaction<Database>,
	user: Actor,
	law: LawRow,
	changeId: number,
	locale: Locale,
	lintOptions: LintOptions
): Promise<ApplyResult> {
	const id = law.id;
	const c = await getLawChange(tx, changeId, true);
	if (!c || c.lawId !== id)
		throw notFound(m('server.law.changeNotFound', { title: law.title, id: changeId }));
	if (c.appliedAt)
		throw conflict(
			'law-change-applied',
			m('server.law.changeApplied', { at: c.appliedAt, by: c.appliedBy ?? '' })
		);
	const result: ApplyResult = { change: changeId, opened: [], skipped: [] };
	const docs = await documentsMentioning(tx, needlesOf(c.lawBefore));
	for (const d of docs) {
		if (!affectedCitations(d.document as unknown as Item, c.lawBefore, c.change).length) continue;
		const row = (await lockItemByCode(tx, d.code))!;
		const reason = await draftBlocked(tx, {
			id: row.id,
			status: row.status,
			archived: row.archived_at !== null
		});
		if (reason) {
			result.skipped.push({ code: row.code, name: row.name, reason });
			continue;
		}
		const current = (await getRevision(tx, row.id, row.current_revision))!;
		const found = affectedCitations(current.document as unknown as Item, c.lawBefore, c.change);
		if (!found.length) continue;
		const next = applyToDocument(current.document as unknown as Item, found);
		const draft = checkStorableDraft(next, locale);
		const n = row.current_revision + 1;
		const valid = draft.item !== undefined;
		const revision = await insertRevision(tx, {
			itemId: row.id,
			n,
			document: draft.document,
			authorId: user.id,
			baseRevision: row.current_revision,
			valid
		});
		const citations = found.map(impactOf);
		await appendAudit(tx, {
			actorId: user.id,
			actor: user.username,
			action: 'item.law-change',
			subject: `item:${row.code}`,
			beforeHash: documentHash(current.document),
			afterHash: documentHash(draft.document),
			detail: { revision: n, baseRevision: row.current_revision, law: id, change: changeId }
		});
		// what was published (or approved for publishing) goes back to review at once; a draft
		// with the editor's own unsubmitted work stays with the editor
		const submit = valid && (row.status === 'published' || row.status === 'approved');
		let review: number | null = null;
		if (submit) {
			review = await insertReview(tx, {
				itemId: row.id,
				revisionId: revision.id,
				submittedBy: user.id
			});
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'review.submit',
				subject: `item:${row.code}`,
				afterHash: documentHash(draft.document),
				detail: { review, revision: n, law: id, change: changeId }
			});
		}
		await updateItem(tx, row.id, {
			currentRevision: n,
			status: submit ? nextStatus('submit')! : 'draft'
		});
		await insertLawChangeDraft(tx, {
			changeId,
			itemId: row.id,
			revision: n,
			reviewId: review,
			citations
		});
		const lintErrors = draft.item
			? lintItem(draft.item, lintOptions).filter((f) => f.severity === 'error').length
			: 0;
		result.opened.push({
			code: row.code,
			name: row.name,
			revision: n,
			review,
			lintErrors,
			citations
		});
	}
	await markLawChangeApplied(tx, changeId, user.id);
	await appendAudit(tx, {
		actorId: user.id,
		actor: user.username,
		action: 'law.apply',
		subject: `law:${id}`,
		detail: {
			change: changeId,
			opened: result.opened.map((o) => o.code),
			skipped: result.skipped.map((s) => `${s.code}:${s.reason}`)
		}
	});
	return result;
}
