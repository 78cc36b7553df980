// New items for the catalog: blank (the domain's newItem()), from a template or a copy of an item
// (each with a fresh code under the same department and level), or from an imported file, checked by
// the domain before anything is stored. Claiming a base catalog item is the server's (it reads the
// published version on the editor's behalf).
import type { Locale } from '$lib/domain/i18n';
import {
	LEVEL_CODES,
	newItem,
	parseItemJson,
	validateItem,
	type Item,
	type Problem
} from '$lib/domain/item';

/** A fresh code: the template's department and level prefix with a new 12-character base code. */
export function freshCode(templateCode: string, random: () => number = Math.random): string {
	const base = Array.from({ length: 12 }, () => Math.floor(random() * 10)).join('');
	return templateCode.length === 31 ? templateCode.slice(0, 19) + base : base;
}

export function fromTemplate(template: Item, code: string, name: string): Item {
	return { ...structuredClone(template), code, name };
}

/** A copy of an item under a fresh code and a new name; everything else is kept, `base` included. */
export const copyOf = fromTemplate;

/**
 * A blank item of a department: its implementation code (credit code + city level digit + a fresh
 * base code), its name, the department's name and credit code, the deployment's default supplement
 * period; every other element a placeholder.
 */
export function blankItem(
	department: { name: string; creditCode: string },
	name: string,
	random: () => number = Math.random,
	supplementDays?: number
): Item {
	const code = freshCode(department.creditCode + LEVEL_CODES.city + '000000000000', random);
	const item = newItem({ code, name, department: { ...department } });
	if (supplementDays !== undefined) item.tolerance.supplementDays = supplementDays;
	return item;
}

/** The name to offer for a new item: the suggestion, unless a live item already has it (then ''). */
export function offeredName(suggestion: string, taken: readonly string[]): string {
	return taken.includes(suggestion) ? '' : suggestion;
}

export type Imported =
	| { ok: true; item: Item }
	| { ok: false; problems: (Problem & { line?: number; column?: number })[] };

/** Read an item file: JSON syntax (with line and column), then the item checks. Never throws. */
export function importItem(text: string, locale: Locale): Imported {
	const parsed = parseItemJson(text, locale);
	if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
	const checked = validateItem(parsed.value, { locale });
	if (!checked.ok || !checked.item) return { ok: false, problems: checked.problems };
	return { ok: true, item: checked.item };
}
