// What the law registry answers: a recorded change with what it touches or the drafts it opened,
// and the items citing a law; with the rules shared by the registry's reads and the applying of a
// change (what a law's citations are searched for by, why an item cannot take a draft now).
import type { LawAmendment, LawChange, LawRepeal, AffectedCitation, Law } from '../../domain/law';
import { normaliseDocNumber, normaliseTitle } from '../../domain/law';
import type { DisplayStatus } from '../../domain/workflow';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { pendingReviewOf } from '../db/reviews';

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

export function impactOf(c: AffectedCitation): CitationImpact {
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
export function needlesOf(law: Law): string[] {
	const title = normaliseTitle(law.title);
	return [
		`"lawId":"${law.id}"`,
		title.startsWith('中华人民共和国') ? title.slice('中华人民共和国'.length) : title,
		normaliseDocNumber(law.docNumber)
	];
}

/**
 * Why no draft can be opened for an item now (null: one can): retired, archived, or already in
 * review (its status, or a review waiting for it).
 */
export async function draftBlocked(
	db: Kysely<Database>,
	item: { id: number; status: string; archived: boolean }
): Promise<ItemImpact['blocked']> {
	if (item.status === 'retired') return 'retired';
	if (item.archived) return 'archived';
	if (item.status === 'in-review' || (await pendingReviewOf(db, item.id)) !== undefined)
		return 'in-review';
	return null;
}
