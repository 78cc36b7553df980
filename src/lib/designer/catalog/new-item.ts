// New items for the catalog: from a template (with a fresh code under the same department and
// level) or from an imported file, checked by the domain before anything is stored.
import type { Locale } from '$lib/domain/i18n';
import { parseItemJson, validateItem, type Item, type Problem } from '$lib/domain/item';

/** A fresh code: the template's department and level prefix with a new 12-character base code. */
export function freshCode(templateCode: string, random: () => number = Math.random): string {
	const base = Array.from({ length: 12 }, () => Math.floor(random() * 10)).join('');
	return templateCode.length === 31 ? templateCode.slice(0, 19) + base : base;
}

export function fromTemplate(template: Item, code: string, name: string): Item {
	return { ...structuredClone(template), code, name };
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
