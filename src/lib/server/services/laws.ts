// The law registry (issue 16 part 5): administrators record laws, their amendments and repeals; a
// recorded change lists every item and article it affects and, with one action, opens a draft
// revision of each with its citations updated or flagged for a decision (never rewriting a published
// version), submitting the ones that were published so the review queue groups them. Anyone signed
// in reads the registry and asks which items cite a law's article. The rules are the domain's
// (domain/law); this authorizes, stores and audits.
import type { Item } from '../../domain/item/types';
import {
	affectedCitations,
	applyChange,
	checkAmendment,
	normaliseTitle,
	parseArticle,
	LAW_ID_PATTERN,
	type Law,
	type LawChange
} from '../../domain/law';
import { departmentScope } from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import {
	documentsMentioning,
	getLaw,
	getLawChange,
	insertLaw,
	insertLawChange,
	listLawChangeDrafts,
	listLawChanges,
	listLaws,
	findLawByTitle,
	updateLawText,
	type LawChangeRow,
	type LawRow
} from '../db/laws';
import { isUniqueViolation } from '../db/errors';
import { conflict, invalid, m, notFound } from '../errors';
import type { ServiceContext } from './context';
import { documentHash } from './hash';
import { citingItems } from './law-citing';
import { openChangeDrafts } from './law-drafts';
import {
	draftBlocked,
	impactOf,
	needlesOf,
	type ApplyResult,
	type ChangeInput,
	type ChangeView,
	type CitationImpact,
	type CitingItem,
	type ItemImpact
} from './law-views';
import { checksIn } from './settings';

export type {
	ApplyResult,
	ChangeInput,
	ChangeView,
	CitationImpact,
	CitingItem,
	ItemImpact
} from './law-views';

const LAW_ID = new RegExp(LAW_ID_PATTERN);

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
				blocked: await draftBlocked(this.c.db, {
					id: d.itemId,
					status: d.status,
					archived: d.archived
				})
			});
		}
		return out;
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
		return db
			.transaction()
			.execute((tx) => openChangeDrafts(tx, user, law, changeId, locale, checks.options));
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
		return citingItems(this.c.db, departmentScope(user, 'read'), query);
	}
}
