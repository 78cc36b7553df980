// 一件事 (one-things): stored, reviewed and published through the items' workflow. A one-thing is
// a row of `items` (document_type 'onething'): the same can() rules, row lock, revisions with
// optimistic concurrency, reviews, versions, audit and notifications. What differs is the document
// (src/lib/domain/onething), that compiling needs the members' published bundles, and that a
// member publishing another version makes the one-thing stale until it is reviewed and published
// again (the published one-thing keeps serving what it compiled).
import type { Bundle } from '../../domain/compile/types';
import {
	pinnedMembers,
	staleMembers,
	type RecordedMember,
	type StaleMember
} from '../../domain/onething/staleness';
import type { SharedFieldSuggestion } from '../../domain/onething';
import type { OneThing, OneThingBundle, OneThingConflict } from '../../domain/onething/types';
import type { Finding } from '../../domain/lint';
import { isDateString } from '../../domain/workdays/civil';
import { todayInChina } from '../../domain/workdays/today';
import {
	departmentScope,
	displayStatus,
	nextStatus,
	type DisplayStatus,
	type ItemStatus
} from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit, listAudit } from '../db/audit';
import { findDepartmentByCreditCode, getDepartment } from '../db/departments';
import { isUniqueViolation, isUnstorableSearch } from '../db/errors';
import {
	findItemByName,
	getItemByCode,
	insertItem,
	listItems,
	lockItemByCode,
	updateItem
} from '../db/items';
import { activeUserIdsByRole } from '../db/notifications';
import {
	insertMemberPins,
	memberStates,
	memberVersion,
	pinsOfVersion,
	type MemberPinRow
} from '../db/onethings';
import { appendPortalEvent } from '../db/portal';
import { retirementOf } from '../db/retirements';
import { approvalOf, getReview, insertReview, listReviews, pendingReviewOf } from '../db/reviews';
import type { ReviewView } from '../db/reviews';
import { getCurrentRevision, getRevision, insertRevision } from '../db/revisions';
import type { Database, ItemRow } from '../db/schema';
import {
	getVersion,
	insertVersion,
	latestVersion,
	listVersions,
	nextVersionNumber,
	type VersionSummary
} from '../db/versions';
import { AppError, badRequest, conflict, invalid, m, render } from '../errors';
import { resolveDepartment } from './department-choice';
import { listOneThingTemplates, readOneThingTemplate } from '../setup/templates';
import type { Transaction } from 'kysely';
import type { ServiceContext } from './context';
import { documentHash } from './hash';
import { lockedAtBase, savedUnderItsCode, writeDraftRevision } from './revision-history';
import { notify } from './notifications';
import * as core from './onething-core';
import { transitionLocked, withdrawPending } from './items';
import { oneThingRow } from './onething-row';
import { deliverDue } from './webhook-delivery';

export interface OneThingSummary {
	code: string;
	name: string;
	department: string;
	status: DisplayStatus;
	revision: number;
	latestVersion: number | null;
	members: string[];
	stale: boolean;
	updatedAt: string;
	archived: boolean;
}

export interface OneThingDetail {
	code: string;
	name: string;
	department: string;
	status: DisplayStatus;
	revision: number;
	document: OneThing;
	updatedAt: string;
	latestVersion: VersionSummary | null;
	versions: VersionSummary[];
	pendingReview: number | null;
	reviews: ReviewView[];
	staleMembers: StaleMember[];
	archived: boolean;
	retired: { reason: string; retiredAt: string } | null;
	valid: boolean;
}

export interface ResolvedMember {
	code: string;
	pin: number | 'latest';
	version: number | null;
	name: string | null;
}

export interface Preview {
	bundle: OneThingBundle | null;
	conflicts: OneThingConflict[];
	suggestions: SharedFieldSuggestion[];
	members: ResolvedMember[];
	errors: core.DocProblem[];
}

/** The members of a document as compile needs them: resolved pins and their published bundles. */
interface Resolution {
	members: ResolvedMember[];
	bundles: Record<string, core.MemberBundle>;
	pins: MemberPinRow[];
	/** members without a published version to use, located in the document */
	errors: core.DocProblem[];
}

const subject = (code: string) => `onething:${code}`;

function membersOf(doc: unknown): OneThing['members'] {
	const members = (doc as Partial<OneThing> | null)?.members;
	return Array.isArray(members)
		? members.filter(
				(x): x is OneThing['members'][number] =>
					!!x && typeof x === 'object' && typeof (x as { code?: unknown }).code === 'string'
			)
		: [];
}

function conflictsProblem(conflicts: OneThingConflict[]): AppError {
	return invalid('onething-conflicts', {
		detail: m('server.onething.conflicts', {
			count: conflicts.length,
			list: conflicts.map((c) => `${c.key} (${c.members.join(', ')})`).join('; ')
		}),
		errors: conflicts.map((c) => ({
			pointer: '/sharedFields',
			message: c.message,
			code: c.code
		})),
		extensions: { conflicts }
	});
}

export class OneThingService {
	constructor(private readonly c: ServiceContext) {}

	/** The one-thing's row; 404 when there is none (an item's code is not a one-thing). */
	async row(code: string, db: ServiceContext['db'] | Transaction<Database> = this.c.db) {
		return oneThingRow(db, code);
	}

	/** 撤回提交, as for items: the pending review withdrawn, the one-thing a draft again. */
	async withdraw(actor: Actor | null, code: string): Promise<OneThingDetail> {
		const user = signedIn(actor);
		await transitionLocked(this.c.db, user, await this.row(code), 'withdraw', withdrawPending);
		return this.detailOf(await this.row(code));
	}

	/** The one-thing's audit trail, newest first, for whoever may read it (as an item's). */
	async trail(actor: Actor | null, code: string) {
		const row = await this.readable(actor, code);
		return { entries: await listAudit(this.c.db, { subject: subject(row.code), limit: 200 }) };
	}

	async readable(actor: Actor | null, code: string): Promise<ItemRow> {
		signedIn(actor);
		const row = await this.row(code);
		authorize(actor, 'read', { department: row.department_code });
		return row;
	}

	templates(actor: Actor | null) {
		signedIn(actor);
		return listOneThingTemplates().flatMap((slug) => {
			const doc = readOneThingTemplate(slug) as Partial<OneThing> | undefined;
			if (!doc || typeof doc.code !== 'string' || typeof doc.name !== 'string') return [];
			return [
				{
					slug,
					code: doc.code,
					name: doc.name,
					themeKind: doc.theme?.kind === 'life-event' ? 'life-event' : 'business-event',
					members: membersOf(doc).map((x) => x.code)
				} as const
			];
		});
	}

	async list(
		actor: Actor | null,
		f: {
			department?: string;
			status?: DisplayStatus;
			q?: string;
			archived?: boolean;
			limit: number;
			offset: number;
		}
	): Promise<{ onethings: OneThingSummary[]; total: number }> {
		const user = signedIn(actor);
		const scope = departmentScope(user, 'read');
		if (isUnstorableSearch(f.q)) return { onethings: [], total: 0 };
		const today = todayInChina();
		const { rows, total } = await listItems(this.c.db, {
			...f,
			documentType: 'onething',
			departments: scope === 'all' ? undefined : scope,
			today
		});
		const onethings: OneThingSummary[] = [];
		for (const r of rows) {
			const row = (await getItemByCode(this.c.db, r.code))!;
			const revision = await getCurrentRevision(this.c.db, row.id);
			onethings.push({
				code: r.code,
				name: r.name,
				department: r.department,
				status: displayStatus(r.status, r.latestEffectiveFrom, today),
				revision: r.currentRevision,
				latestVersion: r.latestVersion,
				members: membersOf(revision.document).map((x) => x.code),
				stale: (await this.staleOf(row, revision.document)).length > 0,
				updatedAt: r.updatedAt,
				archived: r.archived
			});
		}
		return { onethings, total };
	}

	async detail(actor: Actor | null, code: string): Promise<OneThingDetail> {
		return this.detailOf(await this.readable(actor, code));
	}

	private async detailOf(row: ItemRow): Promise<OneThingDetail> {
		const { db } = this.c;
		const [revision, versions, pending, reviews] = await Promise.all([
			getCurrentRevision(db, row.id),
			listVersions(db, row.id),
			pendingReviewOf(db, row.id),
			listReviews(db, { itemId: row.id, limit: 20 })
		]);
		const latest = versions.at(-1);
		return {
			code: row.code,
			name: row.name,
			department: row.department_code,
			status: displayStatus(row.status, latest?.effectiveFrom, todayInChina()),
			// the number read with the document, so a save based on it is based on what was shown
			revision: revision.n,
			document: revision.document as unknown as OneThing,
			updatedAt: row.updated_at.toISOString(),
			latestVersion: latest ?? null,
			versions,
			pendingReview: pending ?? null,
			reviews,
			staleMembers: await this.staleOf(row, revision.document, reviews),
			archived: row.archived_at !== null,
			retired: row.status === 'retired' ? ((await retirementOf(db, row.id)) ?? null) : null,
			valid: revision.valid
		};
	}

	/**
	 * Members that published another version than the one recorded: while a submission is open (in
	 * review or approved) against what it was submitted with; otherwise against the draft's numeric
	 * pins and what the newest published version compiled.
	 */
	private async staleOf(
		row: ItemRow,
		draft: unknown,
		reviews?: ReviewView[]
	): Promise<StaleMember[]> {
		const { db } = this.c;
		if (row.status === 'in-review' || row.status === 'approved') {
			const open = (reviews ?? (await listReviews(db, { itemId: row.id, limit: 1 }))).find(
				(r) => r.state === 'pending' || r.state === 'approved'
			);
			if (open) return open.staleMembers;
		}
		const recorded = new Map<string, RecordedMember>();
		const latest = await latestVersion(db, row.id);
		if (latest) {
			const v = (await getVersion(db, row.id, latest.n))!;
			for (const p of await pinsOfVersion(db, v.id)) recorded.set(p.code, p);
		}
		for (const p of pinnedMembers(membersOf(draft))) recorded.set(p.code, p);
		const list = [...recorded.values()];
		return staleMembers(
			list,
			await memberStates(
				db,
				list.map((p) => p.code)
			)
		);
	}

	async create(
		actor: Actor | null,
		input: { template?: string; code?: string; name?: string; department?: string }
	): Promise<OneThingDetail> {
		const user = signedIn(actor);
		authorize(user, 'create');
		const { db } = this.c;
		let doc: Record<string, unknown>;
		if (input.template !== undefined) {
			const t = readOneThingTemplate(input.template);
			if (t === undefined || t === null || typeof t !== 'object')
				throw invalid('unknown-template', {
					detail: m('server.item.unknownTemplate', { template: input.template }),
					errors: [{ pointer: '/template', message: input.template }]
				});
			doc = structuredClone(t) as Record<string, unknown>;
		} else {
			if (input.name === undefined || !input.name.trim())
				throw badRequest(m('server.onething.nameRequired'), [
					{ pointer: '/name', message: m('server.required') }
				]);
			doc = {};
		}
		const department = await this.leadDepartment(user, doc, input.department);
		const dept = (await getDepartment(db, department))!;
		if (input.template === undefined)
			doc = blankOneThing(input.name!.trim(), {
				name: dept.name,
				creditCode: dept.creditCode ?? ''
			});
		if (input.name !== undefined && input.name.trim()) doc.name = input.name.trim();
		doc.code =
			input.code ?? (typeof doc.code === 'string' && doc.code ? doc.code : newCode(department));
		const code = String(doc.code);
		const problems = core.unstorable(doc);
		if (problems.length) throw unstorableProblem(problems);
		const valid = core.validateDocument(doc, this.c.locale).length === 0;
		const name = String(doc.name);
		const exists = conflict('item-exists', m('server.item.exists', { code }));
		const created = await db
			.transaction()
			.execute(async (tx) => {
				if (await getItemByCode(tx, code)) throw exists;
				const twin = await findItemByName(tx, department, name, 'onething');
				if (twin)
					throw new AppError('conflict', {
						slug: 'duplicate-name',
						detail: m('server.item.duplicateName', { name, code: twin.code }),
						errors: [
							{ pointer: '/name', message: m('server.item.nameTaken', { code: twin.code }) }
						],
						extensions: { existing: twin.code }
					});
				const row = await insertItem(tx, {
					documentType: 'onething',
					code,
					departmentCode: department,
					name,
					kind: themeKind(doc)
				});
				await insertRevision(tx, {
					itemId: row.id,
					n: 1,
					document: doc,
					authorId: user.id,
					baseRevision: null,
					valid
				});
				await appendAudit(tx, {
					actorId: user.id,
					actor: user.username,
					action: 'onething.create',
					subject: subject(code),
					afterHash: documentHash(doc),
					detail: {
						revision: 1,
						department,
						...(input.template && { template: input.template })
					}
				});
				return row;
			})
			.catch((error) => {
				throw isUniqueViolation(error) ? exists : error;
			});
		return this.detailOf(created);
	}

	/**
	 * The lead department: the one asked for, else the one registered with the document's lead
	 * department credit code, else the editor's only one; the editor must be an editor of it.
	 */
	private async leadDepartment(
		user: Actor,
		doc: Record<string, unknown>,
		requested: string | undefined
	): Promise<string> {
		const { db } = this.c;
		const credit = (doc.leadDepartment as { creditCode?: unknown } | undefined)?.creditCode;
		const owner =
			typeof credit === 'string' && credit
				? await findDepartmentByCreditCode(db, credit)
				: undefined;
		return (await resolveDepartment(db, user, requested ?? owner?.code)).code;
	}

	async saveDraft(
		actor: Actor | null,
		code: string,
		input: { baseRevision: number; document: unknown }
	) {
		const user = signedIn(actor);
		const existing = await this.row(code);
		authorize(user, 'edit', { department: existing.department_code });
		const problems = core.unstorable(input.document);
		if (problems.length) throw unstorableProblem(problems);
		const doc = input.document as Record<string, unknown>;
		savedUnderItsCode(doc, code);
		const own = core.validateDocument(doc, this.c.locale);
		const valid = own.length === 0;
		const hash = documentHash(doc);
		return this.c.db.transaction().execute(async (tx) => {
			const { row, current, unchanged } = await lockedAtBase(
				tx,
				user,
				code,
				input.baseRevision,
				hash
			);
			if (unchanged)
				return {
					code,
					revision: row.current_revision,
					status: row.status,
					withdrawnReview: null,
					valid: current.valid
				};
			const n = row.current_revision + 1;
			const { continued } = await writeDraftRevision(tx, {
				itemId: row.id,
				current,
				n,
				document: doc,
				authorId: user.id,
				baseRevision: input.baseRevision,
				valid
			});
			const name = typeof doc.name === 'string' && doc.name.trim() ? doc.name : row.name;
			await updateItem(tx, row.id, {
				currentRevision: n,
				status: 'draft',
				name,
				kind: valid ? themeKind(doc) : row.kind
			});
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'onething.save',
				subject: subject(code),
				beforeHash: documentHash(current.document),
				afterHash: hash,
				detail: {
					revision: n,
					baseRevision: input.baseRevision,
					...(continued && { continued: current.n }),
					...(!valid && { problems: own.length })
				}
			});
			return { code, revision: n, status: 'draft' as ItemStatus, withdrawnReview: null, valid };
		});
	}

	/** Each member's pin resolved against what is published now, with the bundles to compile. */
	private async resolve(doc: unknown, db = this.c.db): Promise<Resolution> {
		const members = membersOf(doc);
		const states = await memberStates(
			db,
			members.map((x) => x.code)
		);
		const out: Resolution = { members: [], bundles: {}, pins: [], errors: [] };
		for (const [i, member] of members.entries()) {
			const state = states.get(member.code)!;
			const pin = member.pin === 'latest' ? 'latest' : Number(member.pin);
			const n = pin === 'latest' ? state.current : pin;
			const v =
				n !== null && Number.isInteger(n) ? await memberVersion(db, member.code, n) : undefined;
			out.members.push({
				code: member.code,
				pin,
				version: v ? v.n : null,
				name: state.current !== null ? state.name : null
			});
			if (!v) {
				out.errors.push({
					pointer: `/members/${i}`,
					message: render(
						state.retired
							? m('server.onething.memberRetired', { code: member.code, name: state.name })
							: pin === 'latest' || state.current === null
								? m('server.onething.memberMissing', { code: member.code })
								: m('server.onething.memberVersionMissing', { code: member.code, n: pin }),
						this.c.locale
					),
					code: 'member-unpublished'
				});
				continue;
			}
			out.bundles[member.code] = { version: v.n, bundle: JSON.parse(v.bundle) as Bundle };
			out.pins.push({ code: member.code, pin, version: v.n, hash: v.hash });
		}
		return out;
	}

	/** Compile the given (or saved) document against the members' current published bundles. */
	async preview(
		actor: Actor | null,
		code: string,
		input: { document?: unknown }
	): Promise<Preview> {
		const row = await this.readable(actor, code);
		const doc = input.document ?? (await getCurrentRevision(this.c.db, row.id)).document;
		const problems = core.unstorable(doc);
		if (problems.length) throw unstorableProblem(problems);
		const own = core.validateDocument(doc, this.c.locale);
		const resolution = await this.resolve(doc);
		const errors = [...own, ...resolution.errors];
		const suggestions = own.length
			? []
			: core.suggest(doc as OneThing, resolution.bundles, this.c.locale);
		if (own.length)
			return { bundle: null, conflicts: [], suggestions, members: resolution.members, errors };
		// compile reports a missing member as a conflict too: the located error says it already
		const compiled = core.compile(doc as OneThing, resolution.bundles, this.c.locale);
		const conflicts = resolution.errors.length
			? compiled.conflicts.filter((c) => c.code !== 'missing-member')
			: compiled.conflicts;
		const { bundle } = compiled;
		return { bundle, conflicts, suggestions, members: resolution.members, errors };
	}

	/**
	 * Submit the current revision: it must be a valid one-thing whose members all have the pinned
	 * published version; the member versions are recorded with the review, so a member publishing
	 * another one shows on the review desk. Conflicts block publishing (like an item's lint errors),
	 * and the reviewer sees them in the preview.
	 */
	async submit(actor: Actor | null, code: string): Promise<ReviewView> {
		const user = signedIn(actor);
		const existing = await this.row(code);
		authorize(user, 'submit', { department: existing.department_code });
		const { db } = this.c;
		const id = await db.transaction().execute(async (tx) => {
			const row = (await lockItemByCode(tx, code))!;
			authorize(user, 'submit', {
				department: row.department_code,
				status: row.status,
				archived: row.archived_at !== null
			});
			const revision = (await getRevision(tx, row.id, row.current_revision))!;
			const resolution = await this.resolvable(revision.document, tx);
			const reviewId = await insertReview(tx, {
				itemId: row.id,
				revisionId: revision.id,
				submittedBy: user.id
			});
			await insertMemberPins(tx, { onethingId: row.id, reviewId }, resolution.pins);
			await updateItem(tx, row.id, { status: nextStatus('submit')! });
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'onething.submit',
				subject: subject(code),
				detail: {
					review: reviewId,
					revision: revision.n,
					members: resolution.pins.map((p) => `${p.code}@${p.version}`)
				}
			});
			const reviewers = (await activeUserIdsByRole(tx, 'reviewer')).filter((u) => u !== user.id);
			await notify(
				tx,
				{
					kind: 'review-waiting',
					itemCode: code,
					itemName: row.name,
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

	/** The document as it can go to review: valid, every member's pinned version published. */
	private async resolvable(
		document: unknown,
		db: ServiceContext['db'] | Transaction<Database>
	): Promise<Resolution> {
		const own = core.validateDocument(document, this.c.locale);
		if (own.length)
			throw invalid('not-submittable', {
				detail: m('server.onething.notSubmittable', { count: own.length }),
				errors: own
			});
		const resolution = await this.resolve(document, db);
		if (resolution.errors.length)
			throw invalid('onething-members-unpublished', {
				detail: m('server.onething.membersUnpublished', {
					list: resolution.members
						.filter((x) => x.version === null)
						.map((x) => x.code)
						.join(', ')
				}),
				errors: resolution.errors,
				extensions: { members: resolution.members.filter((x) => x.version === null) }
			});
		return resolution;
	}

	/** The document as it can be published: resolvable, and compiled without conflicts. */
	private async compilable(
		document: unknown,
		db: ServiceContext['db'] | Transaction<Database>
	): Promise<Resolution & { bundle: OneThingBundle; findings: Finding[] }> {
		const resolution = await this.resolvable(document, db);
		const compiled = core.compile(document as OneThing, resolution.bundles, this.c.locale);
		const { bundle, conflicts } = compiled;
		if (conflicts.length || !bundle) throw conflictsProblem(conflicts);
		// the publish gate, as for items: lint errors block, the rest is answered with the version
		const findings = core.lint(document as OneThing, resolution.bundles, compiled, {
			locale: this.c.locale,
			existing: resolution.members.map((x) => x.code)
		});
		if (findings.some((f) => f.severity === 'error')) {
			const blocking = findings.filter((f) => f.severity === 'error');
			throw invalid('lint-errors', {
				detail: m('server.publish.lintErrors', { count: blocking.length }),
				errors: blocking.map((f) => ({ pointer: f.pointer, message: f.message, code: f.rule })),
				extensions: { findings }
			});
		}
		return { ...resolution, bundle, findings };
	}

	/**
	 * Publish the approved revision as version n+1: pins resolved ('latest' → the member's current
	 * version), which must be the versions the approval saw (else 409 onething-members-changed: submit
	 * again), compiled (422 onething-conflicts names them), stored immutably with the member versions.
	 */
	async publish(actor: Actor | null, code: string, input: { effectiveFrom?: string }) {
		const { db } = this.c;
		const existing = await this.row(code);
		const user = authorize(actor, 'publish', { department: existing.department_code });
		const today = todayInChina();
		const effectiveFrom = input.effectiveFrom ?? today;
		if (!isDateString(effectiveFrom) || effectiveFrom < today)
			throw invalid('invalid-effective-date', {
				detail: m('server.publish.effectiveDate', { today }),
				errors: [{ pointer: '/effectiveFrom', message: effectiveFrom }]
			});
		authorize(user, 'publish', { department: existing.department_code, status: existing.status });
		const revision = (await getRevision(db, existing.id, existing.current_revision))!;
		const approval = await approvalOf(db, revision.id);
		if (approval) {
			const changed = (await getReview(db, approval.id))!.staleMembers;
			if (changed.length) throw membersChanged(changed);
		}
		const compiled = await this.compilable(revision.document, db);
		const bytes = core.serialize(compiled.bundle);
		const n = await db.transaction().execute(async (tx) => {
			const row = (await lockItemByCode(tx, code))!;
			const approved =
				row.current_revision === revision.n ? await approvalOf(tx, revision.id) : undefined;
			authorize(user, 'publish', {
				department: row.department_code,
				status: row.status,
				author: revision.author_id,
				approver: approved?.reviewerId ?? null
			});
			const next = await nextVersionNumber(tx, row.id);
			const version = await insertVersion(tx, {
				itemId: row.id,
				n: next,
				revisionId: revision.id,
				bundle: bytes,
				hash: compiled.bundle.hash,
				effectiveFrom,
				publishedBy: user.id,
				approvedBy: approved!.reviewerId,
				facts: false
			});
			await insertMemberPins(tx, { onethingId: row.id, versionId: version.id }, compiled.pins);
			await updateItem(tx, row.id, { status: nextStatus('publish')! });
			await appendPortalEvent(tx, {
				itemCode: code,
				event: 'published',
				version: next,
				documentType: 'onething'
			});
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'onething.publish',
				subject: subject(code),
				afterHash: compiled.bundle.hash,
				detail: {
					version: next,
					revision: revision.n,
					effectiveFrom,
					approvedBy: approved!.reviewerId,
					members: compiled.pins.map((p) => `${p.code}@${p.version}`)
				}
			});
			return next;
		});
		const version = (await listVersions(db, existing.id)).find((v) => v.n === n)!;
		return {
			code,
			version,
			members: compiled.pins.map((p) => ({ code: p.code, version: p.version, hash: p.hash })),
			findings: compiled.findings
		};
	}
}

/** 409: members published anew since the review; the one-thing goes to review again. */
export function membersChanged(changed: StaleMember[]): AppError {
	return conflict(
		'onething-members-changed',
		m('server.onething.membersChanged', {
			list: changed.map((x) => `${x.code} (${x.compiled} → ${x.current ?? '–'})`).join(', ')
		}),
		{ members: changed }
	);
}

function unstorableProblem(problems: core.DocProblem[]): AppError {
	return invalid('invalid-document', {
		detail: m('server.onething.invalidDocument', { count: problems.length }),
		errors: problems
	});
}

function themeKind(doc: Record<string, unknown>): string {
	const kind = (doc.theme as { kind?: unknown } | undefined)?.kind;
	return kind === 'life-event' ? 'life-event' : 'business-event';
}

/** A code for a blank one-thing: YJS-<lead department>-<time in base 36>, unique enough to retry. */
function newCode(department: string): string {
	return `YJS-${department}-${Date.now().toString(36).toUpperCase()}`.slice(0, 64);
}

/** A blank one-thing: a name and a lead department; members, theme and guide to fill in. */
function blankOneThing(
	name: string,
	leadDepartment: { name: string; creditCode: string }
): Record<string, unknown> {
	const doc: Omit<OneThing, 'code'> = {
		schemaVersion: 1,
		documentType: 'onething',
		name,
		theme: { kind: 'business-event', name: '' },
		leadDepartment,
		members: [],
		sharedFields: [],
		guide: {
			summary: '',
			process: [],
			jointTimeLimit: { value: 1, unit: 'workday' },
			window: { name: '', address: '', hours: '' },
			consult: { phones: [] }
		}
	};
	return doc as unknown as Record<string, unknown>;
}
