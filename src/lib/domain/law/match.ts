// Matching free-text citations (LegalBasis.law / docNumber as typed by editors) to registered laws.
import type { LegalBasis } from '../item/types';
import type { Law } from './types';

/** 《中华人民共和国 食品安全法》(2021年修正) → 中华人民共和国食品安全法 */
export function normaliseTitle(s: string | undefined): string {
	if (typeof s !== 'string') return '';
	return s
		.normalize('NFKC')
		.replace(/[（(][^（）()]*[)）]\s*$/u, '')
		.replace(/[《》〈〉<>“”"'\s]/gu, '')
		.trim();
}

/** 国务院令第 204 号 → 国务院令第204号 */
export function normaliseDocNumber(s: string | undefined): string {
	return typeof s === 'string' ? s.normalize('NFKC').replace(/[\s〔〕[\]]/gu, '') : '';
}

const PRC = '中华人民共和国';

function titleMatches(cited: string, title: string): boolean {
	if (!cited || !title) return false;
	if (cited === title) return true;
	// 《食品安全法》 for 《中华人民共和国食品安全法》
	return title.startsWith(PRC) && cited === title.slice(PRC.length);
}

/**
 * The registered law a basis cites: its `lawId` when it has one, else the one whose 文号 or title
 * it names (the title with or without 中华人民共和国, the book-title marks and a trailing
 * (2021年修正)). Undefined when none or, by title, more than one matches.
 */
export function matchLaw<L extends Law>(basis: LegalBasis, laws: readonly L[]): L | undefined {
	if (basis.lawId) return laws.find((l) => l.id === basis.lawId);
	const doc = normaliseDocNumber(basis.docNumber);
	if (doc) {
		const byDoc = laws.filter((l) => normaliseDocNumber(l.docNumber) === doc);
		if (byDoc.length === 1) return byDoc[0];
	}
	const cited = normaliseTitle(basis.law);
	const byTitle = laws.filter((l) => titleMatches(cited, normaliseTitle(l.title)));
	return byTitle.length === 1 ? byTitle[0] : undefined;
}

/** Whether a basis cites this law (linked, or by its free text). */
export function cites(basis: LegalBasis, law: Law): boolean {
	if (basis.lawId) return basis.lawId === law.id;
	return matchLaw(basis, [law]) !== undefined;
}

/**
 * The basis linked to the registry: `lawId` set, the name written as registered, the 文号 the
 * registry's unless the citation states one (often with its amendments, 2019年修正).
 */
export function linkBasis(basis: LegalBasis, law: Law): LegalBasis {
	const out: LegalBasis = { ...basis, lawId: law.id, law: `《${law.title}》` };
	if (!out.docNumber && law.docNumber) out.docNumber = law.docNumber;
	return out;
}
