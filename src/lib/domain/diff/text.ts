// Text helpers for sentences: character-level diffs and the quoting conventions of Chinese
// government documents (《》 for materials and laws, 「」 for fields and short values).
import { diffChars } from 'diff';
import type { TextPart } from './types';

export function textDiff(before: string, after: string): TextPart[] {
	return diffChars(before, after).map((p) => {
		const part: TextPart = { value: p.value };
		if (p.added) part.added = true;
		if (p.removed) part.removed = true;
		return part;
	});
}

/** share of characters kept between two texts, 0…1 */
export function similarity(before: string, after: string): number {
	if (!before && !after) return 1;
	let kept = 0;
	for (const p of diffChars(before, after)) if (!p.added && !p.removed) kept += p.value.length;
	return (2 * kept) / (before.length + after.length);
}

/** trimmed text of a value that should be a string; drafts may lack it */
export function trim(x: unknown): string {
	return typeof x === 'string' ? x.trim() : '';
}

/** shorten long text for a sentence; the full text is in before/after and textDiff */
export function clip(text: string, max = 40): string {
	const t = String(text ?? '')
		.replace(/\s+/g, ' ')
		.trim();
	return t.length > max ? t.slice(0, max) + '…' : t;
}

/** 《营业执照》, without doubling the brackets laws already carry */
export function book(name: string): string {
	const t = trim(name);
	return t.startsWith('《') ? t : `《${t}》`;
}

export function quote(name: string): string {
	return `「${name}」`;
}
