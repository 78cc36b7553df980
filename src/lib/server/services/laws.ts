// The law registry (issue 16 part 5): administrators record laws, their amendments and repeals; a
// recorded change lists every item and article it affects and, with one action, opens a draft
// revision of each with its citations updated or flagged for a decision (never rewriting a published
// version), submitting the ones that were published so the review queue groups them. Anyone signed
// in reads the registry and asks which items cite a law's article. The rules are the domain's
// (domain/law); this authorizes, stores and audits.
import type { Item, LegalBasis } from '../../domain/item/types';
import {
	affectedCitations,
	applyChange,
	applyToDocument,
	checkAmendment,
	citationsOf,
	citesArticle,
	matchLaw,
	normaliseDocNumber,
	normaliseTitle,
	parseArticle,
	type AffectedCitation,
	type Law,
	type LawAmendment,
	type LawChange,
	type LawRepeal
} from '../../domain/law';
import { lintItem } from '../../domain/lint';
import {
	departmentScope,
	displayStatus,
	nextStatus,
	type DisplayStatus,
	type ItemStatus
} from '../../domain/workflow';
import { todayInChina } from '../../domain/workdays/today';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import { lockItemByCode, updateItem } from '../db/items';
import {
	documentsMentioning,
	getLaw,
	getLawChange,
	insertLaw,
	insertLawChange,
	insertLawChangeDraft,
	listLawChangeDrafts,
	listLawChanges,
	listLaws,
	findLawByTitle,
	markLawChangeApplied,
	updateLawText,
	type CitingDocument,
	type LawChangeRow,
	type LawRow
} from '../db/laws';
import { isUniqueViolation } from '../db/errors';
import { pendingReviewOf, insertReview } from '../db/reviews';
import { getRevision, insertRevision } from '../db/revisions';
import { latestVersion } from '../db/versions';
import { conflict, invalid, m, notFound } from '../errors';
import { checkStorableDraft } from './checks';
import type { ServiceContext } from './context';
import { documentHash } from './hash';
import { checksIn } from './settings';

/** One citation a change affects, as the API answers it. */
export interface CitationImpact {
	pointer: string;
	field: 'legalBasis' | 'implementationBasis';
	article: string | null;
	outcome: 'updated' | 'needs-decision';
	reason: 'article-deleted' | 'law-repealed' | null;
	/** the citation's article after the change (renumbered), when updated */
	newArticle: string | null;
}

export interface ItemImpact {
	code: string;
	name: string;
	department: string;
	revision: number;
	citations: CitationImpact[];
	/** why no draft can be opened now; null when one can */
	blocked: 'retired' | 'archived' | 'in-review' | null;
}

export interface ChangeView {
	id: number;
	change: LawChange;
	recordedBy: string;
	recordedAt: string;
	appliedBy: string | null;
	appliedAt: string | null;
	/** before applying: what it would touch; after: the drafts it opened */
	impact: ItemImpact[];
	drafts: {
		code: string;
		name: string;
		department: string;
		revision: number;
		review: number | null;
		citations: CitationImpact[];
	}[];
}

export interface ApplyResult {
	change: number;
	opened: {
		code: string;
		name: string;
		revision: number;
		review: number | null;
		lintErrors: number;
		citations: CitationImpact[];
	}[];
	skipped: { code: string; name: string; reason: 'retired' | 'archived' | 'in-review' }[];
}

export interface CitingItem {
	code: string;
	name: string;
	department: string;
	status: DisplayStatus;
	revision: number;
	citations: {
		pointer: string;
		law: string;
		lawId: string | null;
		article: string | null;
		needsDecision: string | null;
	}[];
}

/** A change as requested: an amendment's lists may be left out (empty). */
export type ChangeInput =
	| LawRepeal
	| (Omit<LawAmendment, 'amended' | 'renumbered' | 'deleted' | 'added'> &
			Partial<Pick<LawAmendment, 'amended' | 'renumbered' | 'deleted' | 'added'>>);

const LAW_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function impactOf(c: AffectedCitation): CitationImpact {
	const o = c.outcome;
	return {
		pointer: c.pointer,
		field: c.field,
		article: c.before.article ?? null,
		outcome: o.kind === 'needs-decision' ? 'needs-decision' : 'updated',
		reason: o.kind === 'needs-decision' ? o.reason : null,
		newArticle: o.kind === 'updated' ? (o.basis.article ?? null) : null
	};
}

/** What a search for a law's citations looks for in the stored text before reading citations. */
function needlesOf(law: Law): string[] {
	const title = normaliseTitle(law.title);
	return [
		`"lawId":"${law.id}"`,
		title.startsWith('中华人民共和国') ? title.slice('中华人民共和国'.length) : title,
		normaliseDocNumber(law.docNumber)
	];
}

export class LawService {
	constructor(private readonly c: ServiceContext) {}

	/** The registry; anyone signed in reads it (the designer picks citations from it). */
	async list(actor: Actor | null): Promise<LawRow[]> {
		signedIn(actor);
		return listLaws(this.c.db);
	}

	private async law(id: string): Promise<LawRow> {
		const law = LAW_ID.test(id) ? await getLaw(this.c.db, id) : undefined;
		if (!law) throw notFound(m('server.law.notFound', { id }));
		return law;
	}

	/** A law with its recorded changes: for each, what it touches or the drafts it opened. */
	async detail(actor: Actor | null, id: string): Promise<{ law: LawRow; changes: ChangeView[] }> {
		const user = signedIn(actor);
		const law = await this.law(id);
		const changes = await listLawChanges(this.c.db, id);
		const views: ChangeView[] = [];
		for (const c of changes) views.push(await this.view(user, c));
		return { law, changes: views };
	}

	private async view(user: Actor, c: LawChangeRow): Promise<ChangeView> {
		const drafts = c.appliedAt ? await listLawChangeDrafts(this.c.db, c.id) : [];
		const scope = departmentScope(user, 'read');
		return {
			id: c.id,
			change: c.change,
			recordedBy: c.recordedBy,
			recordedAt: c.recordedAt,
			appliedBy: c.appliedBy,
			appliedAt: c.appliedAt,
			impact: c.appliedAt ? [] : await this.impact(c.lawBefore, c.change, scope),
			drafts: drafts
				.filter((d) => scope === 'all' || scope.includes(d.department))
				.map((d) => ({
					code: d.code,
					name: d.name,
					department: d.department,
					revision: d.revision,
					review: d.reviewId,
					citations: d.citations as CitationImpact[]
				}))
		};
	}

	/** Every item whose current revision cites the law in a way the change touches. */
	private async impact(
		before: Law,
		change: LawChange,
		scope: 'all' | readonly string[]
	): Promise<ItemImpact[]> {
		const docs = await documentsMentioning(
			this.c.db,
			needlesOf(before),
			scope === 'all' ? undefined : scope
		);
		const out: ItemImpact[] = [];
		for (const d of docs) {
			const found = affectedCitations(d.document as unknown as Item, before, change);
			if (!found.length) continue;
			out.push({
				code: d.code,
				name: d.name,
				department: d.department,
				revision: d.revision,
				citations: found.map(impactOf),
				blocked: await this.blocked(d)
			});
		}
		return out;
	}

	private async blocked(d: CitingDocument): Promise<ItemImpact['blocked']> {
		if (d.status === 'retired') return 'retired';
		if (d.archived) return 'archived';
		if (d.status === 'in-review' || (await pendingReviewOf(this.c.db, d.itemId)) !== undefined)
			return 'in-review';
		return null;
	}

	/** Register a law. */
	async create(actor: Actor | null, input: Law): Promise<LawRow> {
		const user = authorize(actor, 'manage-laws');
		const law = this.checkLaw(input);
		const { db } = this.c;
		const taken = conflict('law-exists', m('server.law.exists', { id: law.id }));
		await db
			.transaction()
			.execute(async (tx) => {
				if (await getLaw(tx, law.id)) throw taken;
				const twin = await findLawByTitle(tx, law.title);
				if (twin)
					throw conflict(
						'law-title-taken',
						m('server.law.titleTaken', { title: law.title, id: twin })
					);
				await insertLaw(tx, law, user.id);
				await appendAudit(tx, {
					actorId: user.id,
					actor: user.username,
					action: 'law.create',
					subject: `law:${law.id}`,
					afterHash: documentHash(law),
					detail: { title: law.title, articles: law.articles.length }
				});
			})
			.catch((error) => {
				throw isUniqueViolation(error) ? taken : error;
			});
		return (await getLaw(db, law.id))!;
	}

	private checkLaw(input: Law): Law {
		const errors: { pointer: string; message: ReturnType<typeof m> }[] = [];
		const seen = new Set<number>();
		input.articles.forEach((a, i) => {
			const ref = parseArticle(a.number);
			if (!ref || ref.rest)
				errors.push({
					pointer: `/articles/${i}/number`,
					message: m('server.law.badArticle', { article: a.number })
				});
			else if (seen.has(ref.n))
				errors.push({
					pointer: `/articles/${i}/number`,
					message: m('server.law.duplicateArticle', { article: a.number })
				});
			else seen.add(ref.n);
		});
		if (input.repealedOn && input.repealedOn < input.effectiveOn)
			errors.push({ pointer: '/repealedOn', message: m('server.law.badDates') });
		if (errors.length)
			throw invalid('invalid-law', {
				detail: m('server.law.invalid', { count: errors.length }),
				errors
			});
		return {
			...input,
			title: normaliseTitle(input.title) || input.title.trim(),
			...(input.docNumber !== undefined && { docNumber: input.docNumber.trim() })
		};
	}

	/** Record an amendment or a repeal: the law's text moves on, the change is kept with what it was. */
	async recordChange(actor: Actor | null, id: string, input: ChangeInput): Promise<ChangeView> {
		const user = authorize(actor, 'manage-laws');
		const change: LawChange =
			input.kind === 'repeal'
				? input
				: {
						...input,
						amended: input.amended ?? [],
						renumbered: input.renumbered ?? [],
						deleted: input.deleted ?? [],
						added: input.added ?? []
					};
		await this.law(id);
		const changeId = await this.c.db.transaction().execute(async (tx) => {
			const law = (await getLaw(tx, id, true))!;
			if (law.repealedOn)
				throw conflict(
					'law-repealed',
					m('server.law.repealed', { title: law.title, date: law.repealedOn })
				);
			if (change.kind === 'amendment') {
				const problems = checkAmendment(law, change);
				if (problems.length)
					throw invalid('invalid-law-change', {
						detail: m('server.law.changeInvalid', { count: problems.length }),
						errors: problems.map((p) => ({
							pointer: p.pointer,
							code: p.code,
							message: m(`server.law.change.${p.code}`, { article: p.article, title: law.title })
						}))
					});
			}
			const { createdAt: _c, updatedAt: _u, ...before } = law;
			const after = applyChange(before, change);
			const cid = await insertLawChange(tx, {
				lawId: id,
				change,
				lawBefore: before,
				recordedBy: user.id
			});
			await updateLawText(tx, after);
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: change.kind === 'repeal' ? 'law.repeal' : 'law.amend',
				subject: `law:${id}`,
				beforeHash: documentHash(before),
				afterHash: documentHash(after),
				detail: { change: cid, title: change.title, effectiveOn: change.effectiveOn }
			});
			return cid;
		});
		return this.view(user, (await getLawChange(this.c.db, changeId))!);
	}

	/**
	 * Open the drafts a recorded change calls for: each affected item gets a new draft revision (its
	 * current one with the citations updated or flagged), written by the administrator, checked and
	 * linted; an item that was published or approved is submitted at once, so the reviewers find the
	 * change's drafts together in their queue. Items in review, archived or retired are reported and
	 * left alone. Once per change.
	 */
	async apply(actor: Actor | null, id: string, changeId: number): Promise<ApplyResult> {
		const user = authorize(actor, 'manage-laws');
		const law = await this.law(id);
		const { db, locale } = this.c;
		const checks = await checksIn(db, locale);
		return db.transaction().execute(async (tx) => {
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
				if (!affectedCitations(d.document as unknown as Item, c.lawBefore, c.change).length)
					continue;
				const row = (await lockItemByCode(tx, d.code))!;
				const pending = await pendingReviewOf(tx, row.id);
				const reason =
					row.status === 'retired'
						? 'retired'
						: row.archived_at !== null
							? 'archived'
							: row.status === 'in-review' || pending !== undefined
								? 'in-review'
								: null;
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
					? lintItem(draft.item, checks.options).filter((f) => f.severity === 'error').length
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
		});
	}

	/**
	 * Which items cite 《X》(第 N 条): `law` is a registry id or a title or 文号 as written; without a
	 * registered match the title is looked for as free text. Current revisions of the items the user
	 * may read.
	 */
	async citing(
		actor: Actor | null,
		query: { law: string; article?: string }
	): Promise<{ law: LawRow | null; items: CitingItem[] }> {
		const user = signedIn(actor);
		const scope = departmentScope(user, 'read');
		const all = await listLaws(this.c.db);
		const law =
			all.find((l) => l.id === query.law) ??
			matchLaw({ law: query.law, docNumber: query.law }, all) ??
			null;
		const probe: Law = law ?? {
			id: '-',
			title: normaliseTitle(query.law),
			issuer: '',
			level: 'law',
			effectiveOn: '',
			articles: []
		};
		const docs = await documentsMentioning(
			this.c.db,
			needlesOf(probe),
			scope === 'all' ? undefined : scope
		);
		const today = todayInChina();
		const items: CitingItem[] = [];
		for (const d of docs) {
			const found = citationsOf(d.document as unknown as Item, probe).filter(({ basis }) =>
				citesArticle(basis as LegalBasis, query.article)
			);
			if (!found.length) continue;
			const latest = await latestVersion(this.c.db, d.itemId);
			items.push({
				code: d.code,
				name: d.name,
				department: d.department,
				status: displayStatus(d.status as ItemStatus, latest?.effectiveFrom, today),
				revision: d.revision,
				citations: found.map(({ field, index, basis }) => ({
					pointer: `/guide/${field}/${index}`,
					law: basis.law,
					lawId: basis.lawId ?? null,
					article: basis.article ?? null,
					needsDecision: basis.needsDecision ?? null
				}))
			});
		}
		return { law, items };
	}
}
