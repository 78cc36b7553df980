// Publishing an approved revision as immutable version n+1, and retiring an item (事项取消).
// The bundle is compiled here by the domain core; the database keeps its exact bytes.
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import { compileItem, CompileError, serializeBundle } from '../../domain/compile';
import type { Item } from '../../domain/item/types';
import type { Finding } from '../../domain/lint';
import { todayInChina } from '../../domain/workdays/today';
import { appendAudit } from '../db/audit';
import { lockItemByCode, updateItem } from '../db/items';
import { appendPortalEvent } from '../db/portal';
import { approvalOf, decideReview, pendingReviewOf } from '../db/reviews';
import { getRevision } from '../db/revisions';
import type { Database } from '../db/schema';
import {
	insertVersion,
	latestVersion,
	nextVersionNumber,
	type VersionSummary
} from '../db/versions';
import { insertRetirement } from '../db/retirements';
import type { Actor } from '../auth/actor';
import { isEditorOf, requireRole } from '../auth/access';
import { forbidden, problem } from '../http/problem';
import { isDay } from '../http/fields';
import { checkDraftDocument, checkPublishable } from './checks';
import { requireItem } from './items';
import { invalidTransition } from './workflow';

export interface PublishResult {
	code: string;
	version: VersionSummary;
	findings: Finding[];
}

export async function publish(
	db: Kysely<Database>,
	actor: Actor,
	code: string,
	input: { effectiveFrom?: string },
	locale: Locale
): Promise<PublishResult> {
	const existing = await requireItem(db, code, locale);
	if (!(actor.role === 'reviewer' || isEditorOf(actor, existing.department_code)))
		throw forbidden(locale, [
			'只有该部门的编辑或审核人可以发布。',
			"Only the department's editors or a reviewer may publish."
		]);
	const today = todayInChina();
	const effectiveFrom = input.effectiveFrom ?? today;
	if (!isDay(effectiveFrom) || effectiveFrom < today)
		throw problem(
			locale,
			422,
			'invalid-effective-date',
			['生效日期无效', 'Invalid effective date'],
			{
				detail: [
					`生效日期须为今天（${today}）或之后的日期，格式 YYYY-MM-DD。`,
					`effectiveFrom must be today (${today}) or later, as YYYY-MM-DD.`
				],
				errors: [{ pointer: '/effectiveFrom', message: effectiveFrom }]
			}
		);
	if (existing.status !== 'approved')
		throw invalidTransition(
			locale,
			['发布（须先通过审核）', 'published (it must be approved first)'],
			existing.status
		);

	// Compile outside the transaction (it can take a while on large forms), then check under the
	// lock that the revision compiled is still the approved current one.
	const revision = (await getRevision(db, existing.id, existing.current_revision))!;
	const item: Item = checkDraftDocument(revision.document, locale);
	const findings = checkPublishable(item, locale);
	let bytes: string;
	let hash: string;
	try {
		const bundle = compileItem(item, { locale, today });
		bytes = serializeBundle(bundle);
		hash = bundle.hash;
	} catch (error) {
		if (!(error instanceof CompileError)) throw error;
		throw problem(locale, 422, 'compile-errors', ['无法编译事项', 'The item cannot be compiled'], {
			detail: [error.message, error.message],
			errors: error.problems.map((p) => ({ pointer: p.pointer, message: p.message, code: p.code }))
		});
	}

	const n = await db.transaction().execute(async (tx) => {
		const row = (await lockItemByCode(tx, code))!;
		if (row.status !== 'approved' || row.current_revision !== revision.n)
			throw invalidTransition(locale, ['发布', 'published'], row.status);
		const approval = await approvalOf(tx, revision.id);
		if (!approval)
			throw invalidTransition(
				locale,
				['发布（须先通过审核）', 'published (it must be approved first)'],
				row.status
			);
		if (approval.reviewerId === revision.author_id)
			throw forbidden(locale, [
				'审核人与作者相同，不能发布。',
				'The approver is the author; cannot publish.'
			]);
		const next = await nextVersionNumber(tx, row.id);
		await insertVersion(tx, {
			itemId: row.id,
			n: next,
			revisionId: revision.id,
			bundle: bytes,
			hash,
			effectiveFrom,
			publishedBy: actor.id,
			approvedBy: approval.reviewerId
		});
		await updateItem(tx, row.id, { status: 'published' });
		await appendPortalEvent(tx, { itemCode: code, event: 'published', version: next });
		await appendAudit(tx, {
			actorId: actor.id,
			actor: actor.username,
			action: 'item.publish',
			subject: `item:${code}`,
			afterHash: hash,
			detail: {
				version: next,
				revision: revision.n,
				effectiveFrom,
				approvedBy: approval.reviewerId
			}
		});
		return next;
	});
	const version = (await latestVersion(db, existing.id))!;
	return { code, version: { ...version, n }, findings };
}

export async function retire(
	db: Kysely<Database>,
	actor: Actor,
	code: string,
	input: { reason: string },
	locale: Locale
): Promise<{ code: string; status: 'retired'; reason: string }> {
	requireRole(actor, ['reviewer'], locale);
	const reason = input.reason.trim();
	if (!reason)
		throw problem(locale, 422, 'reason-required', ['请填写取消原因', 'A reason is required'], {
			errors: [{ pointer: '/reason', message: locale === 'en' ? 'required' : '必填' }]
		});
	await requireItem(db, code, locale);
	await db.transaction().execute(async (tx) => {
		const row = (await lockItemByCode(tx, code))!;
		if (row.status === 'retired')
			throw invalidTransition(locale, ['再次取消', 'retired again'], row.status);
		const published = await latestVersion(tx, row.id);
		if (!published)
			throw invalidTransition(
				locale,
				['取消（从未发布）', 'retired (it was never published)'],
				row.status
			);
		const pending = await pendingReviewOf(tx, row.id);
		if (pending !== undefined) await decideReview(tx, pending, 'withdrawn', null);
		await insertRetirement(tx, { itemId: row.id, reason, retiredBy: actor.id });
		await updateItem(tx, row.id, { status: 'retired' });
		await appendPortalEvent(tx, { itemCode: code, event: 'retired', version: published.n });
		await appendAudit(tx, {
			actorId: actor.id,
			actor: actor.username,
			action: 'item.retire',
			subject: `item:${code}`,
			beforeHash: published.hash,
			detail: { reason, lastVersion: published.n }
		});
	});
	return { code, status: 'retired', reason };
}
