// Where a comment points, said in words: "申请材料 › 第 3 项材料《营业执照》 › necessity" rather
// than "/materials/2/necessity", using the names the document itself gives.
import { parsePointer, pointer, resolvePointer } from '$lib/domain/pointer';
import type { ReviewT } from './messages';

function titled(value: unknown): string | null {
	if (value && typeof value === 'object') {
		const v = value as Record<string, unknown>;
		for (const k of ['title', 'name', 'law', 'question'])
			if (typeof v[k] === 'string' && v[k]) return v[k] as string;
	}
	return null;
}

export function describePointer(doc: unknown, ptr: string | null, t: ReviewT): string {
	if (ptr === null || ptr === '' || ptr === '/') return t('where.root');
	let tokens: string[];
	try {
		tokens = parsePointer(ptr);
	} catch {
		return ptr;
	}
	const parts: string[] = [];
	const head = tokens[0];
	if (head === 'guide') parts.push(t('where.guide'));
	else if (head === 'materials') parts.push(t('where.materials'));
	else if (head === 'tolerance') parts.push(t('where.tolerance'));
	else if (head === 'form') parts.push(t('where.form'));
	else parts.push(head);

	if (head === 'materials' && tokens[1] !== undefined && /^\d+$/.test(tokens[1])) {
		const m = safeResolve(doc, `/materials/${tokens[1]}`);
		const name = titled(m);
		const where = t('where.material', { n: Number(tokens[1]) + 1 });
		parts.push(name ? t('where.named', { where, name }) : where);
		parts.push(...tokens.slice(2));
		return parts.join(' › ');
	}
	if (head === 'form') {
		// Name a form field by its title: walk the properties chain of the pointer.
		const titles: string[] = [];
		for (let i = 1; i < tokens.length; i++) {
			if (tokens[i - 1] === 'properties') {
				const node = safeResolve(doc, pointer(...tokens.slice(0, i + 1)));
				titles.push(titled(node) ?? tokens[i]);
			}
		}
		if (titles.length) return [...parts, ...titles].join(' › ');
	}
	for (let i = 1; i < tokens.length; i++) {
		const node = safeResolve(doc, pointer(...tokens.slice(0, i + 1)));
		const name = /^\d+$/.test(tokens[i]) ? titled(node) : null;
		parts.push(name ? t('where.entry', { n: Number(tokens[i]) + 1, name }) : tokens[i]);
	}
	return parts.join(' › ');
}

function safeResolve(doc: unknown, ptr: string): unknown {
	try {
		return resolvePointer(doc, ptr);
	} catch {
		return undefined;
	}
}
