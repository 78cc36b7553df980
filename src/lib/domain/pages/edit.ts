// Editing `ui:pages` (the designer's "分步填写"): pure functions from one uiSchema to the next, so
// the editor keeps no state of its own and lint reads exactly what it wrote.
import type { UiSchema } from '../item/types';
import { PAGES_KEYWORD, type PageSpec } from './pages';

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** The pages as authored, each with a title and a list of names (malformed entries: empty). */
export function pageSpecs(uiSchema: UiSchema): PageSpec[] {
	const raw = uiSchema[PAGES_KEYWORD];
	if (!Array.isArray(raw)) return [];
	return raw.map((p) => ({
		title: isObject(p) && typeof p.title === 'string' ? p.title : '',
		sections:
			isObject(p) && Array.isArray(p.sections)
				? p.sections.filter((s): s is string => typeof s === 'string')
				: []
	}));
}

/** The uiSchema with these pages; no page at all removes the keyword (a single-page form). */
export function withPages(uiSchema: UiSchema, pages: PageSpec[]): UiSchema {
	const next: UiSchema = { ...uiSchema };
	if (pages.length) next[PAGES_KEYWORD] = pages.map((p) => ({ ...p, sections: [...p.sections] }));
	else delete next[PAGES_KEYWORD];
	return next;
}

/** Put a section on one page (and off every other). */
export function placeSection(pages: PageSpec[], section: string, page: number): PageSpec[] {
	return pages.map((p, i) => {
		const rest = p.sections.filter((s) => s !== section);
		return { ...p, sections: i === page ? [...rest, section] : rest };
	});
}
