// Publishing an approved revision as immutable version n+1, and retiring an item (事项取消).
// The bundle is compiled here by the domain core; the database keeps its exact bytes.
import { compileItem, CompileError, serializeBundle } from '../../domain/compile';
import type { Bundle } from '../../domain/compile/types';
import type { Item } from '../../domain/item/types';
import type { Finding } from '../../domain/lint';
import { isDateString } from '../../domain/workdays/civil';
import { todayInChina } from '../../domain/workdays/today';
import { nextStatus } from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import { lockItemByCode, updateItem } from '../db/items';
import { oneThingsWithMember, pinsOfReviews } from '../db/onethings';
import { oneThingRow } from './onething-row';
import type { Database, ItemRow } from '../db/schema';
import type { Transaction } from 'kysely';
import { appendPortalEvent } from '../db/portal';
import { insertRetirement } from '../db/retirements';
import { approvalOf, decideReview, pendingReviewOf } from '../db/reviews';
import { getRevision } from '../db/revisions';
import {
	insertVersion,
	latestVersion,
	nextVersionNumber,
	type VersionSummary
} from '../db/versions';
import { invalid, m } from '../errors';
import { VALIDATOR_MODULE_FORMAT, validatorModule } from '../../portal/server/validator-module';
import { insertValidator } from '../db/validators';
import { checkDraftDocument, checkPublishable } from './checks';
import type { ServiceContext } from './context';
import { checksIn } from './settings';
import type { ItemService } from './items';

/** The largest validator module a version may have: portals download and parse it on each form. */
export const MAX_VALIDATOR_CHARS = 8 * 1024 * 1024;

function validatorsOf(bundle: Bundle): string {
	let source: string;
	try {
		source = validatorModule(bundle);
	} catch (error) {
		throw invalid('validator-failed', {
			detail: m('server.publish.validatorFailed', { reason: (error as Error).message }),
			errors: [{ pointer: '/form/schema', message: (error as Error).message }]
		});
	}
	if (source.length > MAX_VALIDATOR_CHARS)
		throw invalid('form-too-large', {
			detail: m('server.publish.validatorTooLarge', {
				mb: (source.length / 1024 / 1024).toFixed(1),
				limit: MAX_VALIDATOR_CHARS / 1024 / 1024
			}),
			errors: [{ pointer: '/form/schema', message: `${source.length}` }]
		});
	return source;
}

/**
 * A member's new version (or its retirement, `version` null): one-things approved with another
 * version of it lose the approval (they are drafts again, to be submitted anew); those in review
 * show the change on the review desk and cannot be approved as they are; published ones keep
 * serving what they compiled.
 */
async function unapproveOneThings(
	tx: Transaction<Database>,
	user: { id: number; username: string },
	member: string,
	version: number | null
): Promise<void> {
	for (const o of await oneThingsWithMember(tx, member)) {
		if (o.status !== 'approved') continue;
		const row = (await lockItemByCode(tx, o.code))!;
		if (row.status !== 'approved') continue;
		const revision = (await getRevision(tx, row.id, row.current_revision))!;
		const approval = await approvalOf(tx, revision.id);
		if (!approval) continue;
		const pins = (await pinsOfReviews(tx, [approval.id])).get(approval.id) ?? [];
		const pinned = pins.find((p) => p.code === member);
		if (!pinned || pinned.version === version) continue;
		await updateItem(tx, row.id, { status: 'draft' });
		await appendAudit(tx, {
			actorId: user.id,
			actor: user.username,
			action: 'onething.members-changed',
			subject: `onething:${o.code}`,
			detail: { review: approval.id, member, from: pinned.version, to: version }
		});
	}
}

export interface PublishResult {
	code: string;
	version: VersionSummary;
	findings: Finding[];
}

export class PublishingService {
	constructor(
		private readonly c: ServiceContext,
		private readonly items: ItemService
	) {}

	async publish(
		actor: Actor | null,
		code: string,
		input: { effectiveFrom?: string }
	): Promise<PublishResult> {
		const { db, locale } = this.c;
		const existing = await this.items.row(code);
		const user = authorize(actor, 'publish', { department: existing.department_code });
		const today = todayInChina();
		const effectiveFrom = input.effectiveFrom ?? today;
		if (!isDateString(effectiveFrom) || effectiveFrom < today)
			throw invalid('invalid-effective-date', {
				detail: m('server.publish.effectiveDate', { today }),
				errors: [{ pointer: '/effectiveFrom', message: effectiveFrom }]
			});
		authorize(user, 'publish', {
			department: existing.department_code,
			status: existing.status
		});

		// Compile outside the transaction (it can take a while on large forms), then check under the
		// lock that the revision compiled is still the approved current one.
		const revision = (await getRevision(db, existing.id, existing.current_revision))!;
		const item: Item = checkDraftDocument(revision.document, locale);
		// the version stored now, even if another server saved it a moment ago
		const { options } = await checksIn(db, locale, { fresh: true });
		const findings = checkPublishable(item, { ...options, locale });
		let bytes: string;
		let hash: string;
		let validators: string;
		try {
			// the publish gate: a version exists only once its bundle compiles, its form can be drawn
			// (compileItem checks that) and its precompiled validators can be built and served
			const bundle = compileItem(item, { locale, today, policy: options.policy });
			bytes = serializeBundle(bundle);
			hash = bundle.hash;
			validators = validatorsOf(bundle);
		} catch (error) {
			if (!(error instanceof CompileError)) throw error;
			throw invalid('compile-errors', {
				detail: error.message,
				errors: error.problems.map((p) => ({
					pointer: p.pointer,
					message: p.message,
					code: p.code
				}))
			});
		}

		const n = await db.transaction().execute(async (tx) => {
			const row = (await lockItemByCode(tx, code))!;
			const approval =
				row.current_revision === revision.n ? await approvalOf(tx, revision.id) : undefined;
			authorize(user, 'publish', {
				department: row.department_code,
				status: row.status,
				author: revision.author_id,
				approver: approval?.reviewerId ?? null
			});
			const next = await nextVersionNumber(tx, row.id);
			const version = await insertVersion(tx, {
				itemId: row.id,
				n: next,
				revisionId: revision.id,
				bundle: bytes,
				hash,
				effectiveFrom,
				publishedBy: user.id,
				approvedBy: approval!.reviewerId
			});
			// stored with the version, so no portal request ever has to generate it
			await insertValidator(tx, {
				versionId: version.id,
				format: VALIDATOR_MODULE_FORMAT,
				source: validators
			});
			await updateItem(tx, row.id, { status: nextStatus('publish')! });
			await appendPortalEvent(tx, { itemCode: code, event: 'published', version: next });
			await unapproveOneThings(tx, user, code, next);
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'item.publish',
				subject: `item:${code}`,
				afterHash: hash,
				detail: {
					version: next,
					revision: revision.n,
					effectiveFrom,
					approvedBy: approval!.reviewerId
				}
			});
			return next;
		});
		const version = (await latestVersion(db, existing.id))!;
		return { code, version: { ...version, n }, findings };
	}

	/**
	 * 事项取消 of an item, or 停止 of a one-thing (`documentType`): the same can(), reason and trail;
	 * the version in force stops being served (410), the versions stay readable by number.
	 */
	async retire(
		actor: Actor | null,
		code: string,
		input: { reason: string },
		documentType: 'item' | 'onething' = 'item'
	): Promise<{ code: string; status: 'retired'; reason: string }> {
		const user = authorize(actor, 'retire');
		const reason = input.reason.trim();
		if (!reason)
			throw invalid('reason-required', {
				errors: [{ pointer: '/reason', message: m('server.required') }]
			});
		if (documentType === 'item') await this.items.row(code);
		else await oneThingRow(this.c.db, code);
		await this.c.db.transaction().execute(async (tx) => {
			const row = (await lockItemByCode(tx, code))!;
			const published = await latestVersion(tx, row.id);
			authorize(user, 'retire', {
				department: row.department_code,
				status: row.status,
				published: published !== undefined
			});
			await retireLocked(tx, user, row, reason);
		});
		return { code, status: 'retired', reason };
	}
}

/**
 * 事项取消 of an item locked and authorized by the caller (a retirement, or a merge or split that
 * retires the predecessors): the pending review withdrawn, the reason kept, portals told, audited.
 */
export async function retireLocked(
	tx: Transaction<Database>,
	user: { id: number; username: string },
	row: ItemRow,
	reason: string,
	detail: Record<string, unknown> = {}
): Promise<void> {
	const type = row.document_type === 'onething' ? 'onething' : 'item';
	const published = (await latestVersion(tx, row.id))!;
	const pending = await pendingReviewOf(tx, row.id);
	if (pending !== undefined) await decideReview(tx, pending, 'withdrawn', null);
	await insertRetirement(tx, { itemId: row.id, reason, retiredBy: user.id });
	await updateItem(tx, row.id, { status: nextStatus('retire')! });
	await appendPortalEvent(tx, {
		itemCode: row.code,
		event: 'retired',
		version: published.n,
		documentType: type
	});
	// a one-thing approved with this member can no longer be published as approved
	if (type === 'item') await unapproveOneThings(tx, user, row.code, null);
	await appendAudit(tx, {
		actorId: user.id,
		actor: user.username,
		action: `${type}.retire`,
		subject: `${type}:${row.code}`,
		beforeHash: published.hash,
		detail: { reason, lastVersion: published.n, ...detail }
	});
}
