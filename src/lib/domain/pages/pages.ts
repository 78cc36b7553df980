// Multi-page forms (分步填写): `"ui:pages"` on the root uiSchema arranges the form's top-level
// sections into steps, `[{ "title": "申请人信息", "sections": ["applicant", "contact"] }, …]`.
// One reading of it for the renderer, the widget, lint and the designer, so every one of them puts
// a section on the same page. rjsf and other renderers ignore unknown `ui:` keys and show one page.

/** The uiSchema keyword, on the root uiSchema only. */
export const PAGES_KEYWORD = 'ui:pages';

/** A page as authored. */
export interface PageSpec {
	title: string;
	sections: string[];
}

/** A page as shown: its sections in the form's own order. */
export interface FormPage {
	title: string;
	sections: string[];
}

export type PagesProblem =
	/** `ui:pages` is not a list of `{ title, sections }` */
	| { kind: 'malformed' }
	/** a page lists a name that is not a top-level section of the form: ignored */
	| { kind: 'unknownSection'; page: number; section: string }
	/** a section listed on a second page: it stays on the first */
	| { kind: 'duplicateSection'; page: number; section: string; first: number }
	/** a page without a title: shown as "第 n 步" */
	| { kind: 'untitledPage'; page: number }
	/** a page left with no section: not shown */
	| { kind: 'emptyPage'; page: number }
	/** sections on no page: shown on the last page */
	| { kind: 'unassigned'; sections: string[] };

export interface PagesReading {
	/** null: a single-page form (no `ui:pages`, or nothing usable in it) */
	pages: FormPage[] | null;
	problems: PagesProblem[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whether a uiSchema asks for pages at all: lets a form skip loading the stepper. */
export function hasPages(uiSchema: unknown): boolean {
	return isObject(uiSchema) && Array.isArray(uiSchema[PAGES_KEYWORD]);
}

/**
 * The pages of a form whose top-level sections are `sections` (in the order the form shows them).
 * Unknown names are ignored, a section listed twice stays on its first page, sections on no page
 * go to the last page, and pages left empty are dropped; each is reported as a problem.
 */
export function readPages(uiSchema: unknown, sections: readonly string[]): PagesReading {
	const raw = isObject(uiSchema) ? uiSchema[PAGES_KEYWORD] : undefined;
	if (raw === undefined) return { pages: null, problems: [] };
	if (!Array.isArray(raw) || !raw.every(isObject)) {
		return { pages: null, problems: [{ kind: 'malformed' }] };
	}
	const problems: PagesProblem[] = [];
	const known = new Set(sections);
	const pageOf = new Map<string, number>();
	raw.forEach((spec, page) => {
		const title = spec.title;
		if (typeof title !== 'string' || !title.trim()) problems.push({ kind: 'untitledPage', page });
		const listed = Array.isArray(spec.sections) ? spec.sections : [];
		for (const section of listed) {
			if (typeof section !== 'string' || !known.has(section)) {
				problems.push({ kind: 'unknownSection', page, section: String(section) });
			} else if (pageOf.has(section)) {
				problems.push({ kind: 'duplicateSection', page, section, first: pageOf.get(section)! });
			} else pageOf.set(section, page);
		}
	});
	const unassigned = sections.filter((s) => !pageOf.has(s));
	if (unassigned.length && raw.length) {
		problems.push({ kind: 'unassigned', sections: unassigned });
	}
	const pages: FormPage[] = [];
	raw.forEach((spec, page) => {
		const mine = sections.filter((s) => pageOf.get(s) === page);
		const isLast = page === raw.length - 1;
		if (isLast) mine.push(...unassigned);
		if (!mine.length) {
			problems.push({ kind: 'emptyPage', page });
			return;
		}
		pages.push({ title: typeof spec.title === 'string' ? spec.title.trim() : '', sections: mine });
	});
	return { pages: pages.length ? pages : null, problems };
}

/** The page showing the field at a JSON Pointer (`/applicant/name`); a form-wide error: the first. */
export function pageOfPointer(pages: readonly FormPage[], pointer: string): number {
	const head = pointer.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
	const i = head === undefined ? -1 : pages.findIndex((p) => p.sections.includes(head));
	return i < 0 ? 0 : i;
}
