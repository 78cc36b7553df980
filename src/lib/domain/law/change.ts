// What an amendment or a repeal does: to the law's text, to the articles it touches, and to each
// citation of them — updated (renumbered, new text) or left for a person to decide (the article is
// gone, or the law is).
import type { Item, LegalBasis } from '../item/types';
import { articleLabel, parseArticle } from './articles';
import { cites, linkBasis } from './match';
import type { BasisField, Law, LawAmendment, LawArticle, LawChange } from './types';

function key(ref: string): number | undefined {
	return parseArticle(ref)?.n;
}

/** The law as in force after the change (its 文号 stays the one it was made under). */
export function applyChange(law: Law, change: LawChange): Law {
	if (change.kind === 'repeal') return { ...law, repealedOn: change.effectiveOn };
	const deleted = new Set(change.deleted.map(key));
	const moves = new Map(change.renumbered.map((r) => [key(r.from), key(r.to)]));
	const amended = new Map(change.amended.map((a) => [key(a.number), a.text]));
	const articles: LawArticle[] = [];
	for (const a of law.articles) {
		const n = key(a.number);
		if (n === undefined || deleted.has(n)) continue;
		const to = moves.get(n) ?? n;
		const number = moves.has(n) ? articleLabel(to!) : a.number;
		articles.push({ number, text: amended.get(to) ?? a.text });
	}
	const present = new Set(articles.map((a) => key(a.number)));
	for (const a of change.added)
		if (!present.has(key(a.number))) articles.push({ number: a.number, text: a.text });
	// amended text for an article the registry did not hold yet
	for (const a of change.amended)
		if (!articles.some((x) => key(x.number) === key(a.number)))
			articles.push({ number: a.number, text: a.text });
	articles.sort((a, b) => (key(a.number) ?? 0) - (key(b.number) ?? 0));
	return {
		...law,
		effectiveOn: change.effectiveOn,
		articles
	};
}

/** Problems of an amendment as recorded against a law, each with its place. */
export interface ChangeProblem {
	pointer: string;
	code:
		| 'bad-article'
		| 'unknown-article'
		| 'deleted-and-moved'
		| 'moved-twice'
		| 'target-taken'
		| 'added-exists'
		| 'empty';
	article: string;
}

/** Check an amendment against the law it amends (articles it names exist, no contradictions). */
export function checkAmendment(law: Law, change: LawAmendment): ChangeProblem[] {
	const out: ChangeProblem[] = [];
	const known = new Set(law.articles.map((a) => key(a.number)));
	const ok = (ref: string, pointer: string): number | undefined => {
		const n = key(ref);
		if (n === undefined) out.push({ pointer, code: 'bad-article', article: ref });
		return n;
	};
	const deleted = new Set<number>();
	change.deleted.forEach((d, i) => {
		const n = ok(d, `/deleted/${i}`);
		if (n === undefined) return;
		if (known.size && !known.has(n))
			out.push({ pointer: `/deleted/${i}`, code: 'unknown-article', article: d });
		deleted.add(n);
	});
	const from = new Set<number>();
	const to = new Set<number>();
	change.renumbered.forEach((r, i) => {
		const a = ok(r.from, `/renumbered/${i}/from`);
		const b = ok(r.to, `/renumbered/${i}/to`);
		if (a === undefined || b === undefined) return;
		if (known.size && !known.has(a))
			out.push({ pointer: `/renumbered/${i}/from`, code: 'unknown-article', article: r.from });
		if (deleted.has(a))
			out.push({ pointer: `/renumbered/${i}/from`, code: 'deleted-and-moved', article: r.from });
		if (from.has(a))
			out.push({ pointer: `/renumbered/${i}/from`, code: 'moved-twice', article: r.from });
		if (to.has(b))
			out.push({ pointer: `/renumbered/${i}/to`, code: 'target-taken', article: r.to });
		from.add(a);
		to.add(b);
	});
	change.amended.forEach((a, i) => ok(a.number, `/amended/${i}/number`));
	const after = new Set(
		applyChange(law, { ...change, added: [] }).articles.map((a) => key(a.number))
	);
	change.added.forEach((a, i) => {
		const n = ok(a.number, `/added/${i}/number`);
		if (n !== undefined && after.has(n) && !change.amended.some((x) => key(x.number) === n))
			out.push({ pointer: `/added/${i}/number`, code: 'added-exists', article: a.number });
	});
	if (
		!change.amended.length &&
		!change.renumbered.length &&
		!change.deleted.length &&
		!change.added.length
	)
		out.push({ pointer: '', code: 'empty', article: '' });
	return out;
}

/** The articles (old numbers) a change touches; `all` for a repeal. */
export function affectedArticles(change: LawChange): Set<number> | 'all' {
	if (change.kind === 'repeal') return 'all';
	const out = new Set<number>();
	for (const r of change.renumbered) {
		const n = key(r.from);
		if (n !== undefined) out.add(n);
	}
	for (const d of change.deleted) {
		const n = key(d);
		if (n !== undefined) out.add(n);
	}
	// amended articles are numbered as after the change: find their old numbers
	const back = new Map(change.renumbered.map((r) => [key(r.to), key(r.from)]));
	for (const a of change.amended) {
		const n = key(a.number);
		if (n === undefined) continue;
		const old = back.get(n) ?? n;
		// an article amended in place keeps its number unless another moved onto it
		if (back.has(n) || !change.renumbered.some((r) => key(r.from) === n)) out.add(old!);
	}
	return out;
}

export type CitationOutcome =
	/** the citation is rewritten: its article renumbered and/or its text replaced */
	| { kind: 'updated'; basis: LegalBasis }
	/** a person decides: the article was deleted or the law repealed */
	| { kind: 'needs-decision'; reason: 'article-deleted' | 'law-repealed'; basis: LegalBasis }
	/** the change does not touch what this citation cites */
	| { kind: 'unaffected'; basis: LegalBasis };

/** What a change means for one citation of `law` (the law as before the change). */
export function updateCitation(basis: LegalBasis, law: Law, change: LawChange): CitationOutcome {
	const linked = linkBasis(basis, law);
	if (change.kind === 'repeal')
		return {
			kind: 'needs-decision',
			reason: 'law-repealed',
			basis: { ...linked, needsDecision: 'law-repealed' }
		};
	const ref = parseArticle(basis.article);
	if (!ref) return { kind: 'unaffected', basis };
	const affected = affectedArticles(change);
	if (affected !== 'all' && !affected.has(ref.n)) return { kind: 'unaffected', basis };
	if (change.deleted.some((d) => key(d) === ref.n))
		return {
			kind: 'needs-decision',
			reason: 'article-deleted',
			basis: { ...linked, needsDecision: 'article-deleted' }
		};
	const move = change.renumbered.find((r) => key(r.from) === ref.n);
	const n = move ? key(move.to)! : ref.n;
	const out: LegalBasis = { ...linked };
	if (move) out.article = articleLabel(n) + ref.rest;
	const amended = change.amended.find((a) => key(a.number) === n);
	// the new text replaces the quoted one when the citation names the whole article (a citation of
	// one paragraph, 第二款, keeps its quote: the registry holds articles, not paragraphs)
	if (amended && !ref.rest) out.text = amended.text;
	out.effectiveOn = change.effectiveOn;
	return { kind: 'updated', basis: out };
}

/** One citation of the law in an item document and what the change makes of it. */
export interface AffectedCitation {
	field: BasisField;
	index: number;
	/** JSON Pointer of the basis, e.g. /guide/legalBasis/0 */
	pointer: string;
	before: LegalBasis;
	outcome: CitationOutcome;
}

const FIELDS: BasisField[] = ['legalBasis', 'implementationBasis'];

/** Every citation of `law` in an item document (linked or matched by name / 文号). */
export function citationsOf(
	doc: Pick<Item, 'guide'>,
	law: Law
): { field: BasisField; index: number; basis: LegalBasis }[] {
	const out: { field: BasisField; index: number; basis: LegalBasis }[] = [];
	for (const field of FIELDS) {
		const list = doc.guide?.[field];
		if (!Array.isArray(list)) continue;
		list.forEach((basis, index) => {
			if (basis && typeof basis === 'object' && cites(basis, law))
				out.push({ field, index, basis });
		});
	}
	return out;
}

/** The citations of `law` in a document that `change` affects, with what becomes of each. */
export function affectedCitations(
	doc: Pick<Item, 'guide'>,
	law: Law,
	change: LawChange
): AffectedCitation[] {
	return citationsOf(doc, law)
		.map(({ field, index, basis }) => ({
			field,
			index,
			pointer: `/guide/${field}/${index}`,
			before: basis,
			outcome: updateCitation(basis, law, change)
		}))
		.filter((c) => c.outcome.kind !== 'unaffected');
}

/** The document with every affected citation rewritten or flagged; the input is not changed. */
export function applyToDocument<T extends Pick<Item, 'guide'>>(
	doc: T,
	citations: readonly AffectedCitation[]
): T {
	const out = structuredClone(doc);
	for (const c of citations) {
		const list = out.guide?.[c.field];
		if (Array.isArray(list)) list[c.index] = c.outcome.basis;
	}
	return out;
}

/** Whether a citation names this article (after any renumbering): for "which items cite 《X》第 N 条". */
export function citesArticle(basis: LegalBasis, article: string | undefined): boolean {
	if (!article) return true;
	const want = parseArticle(article);
	const got = parseArticle(basis.article);
	return !!want && !!got && want.n === got.n;
}
