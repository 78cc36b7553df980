// What a change of settings would newly block: for each item, the publish-blocking findings (lint
// errors, which include breaking the risk-class policy) the new settings raise that the old ones did
// not. Shown to the administrator before saving, so no editor is surprised by a refused publish.
import type { Locale } from '../i18n';
import type { Item } from '../item/types';
import { lintItem } from '../lint/run';
import type { Finding } from '../lint/types';
import { lintOptionsOf, type CheckSettings } from './checks';

export interface ImpactSubject {
	code: string;
	name: string;
	/** the document checked (the current draft or revision); invalid ones are skipped */
	item: Item;
}

export interface BlockedItem {
	code: string;
	name: string;
	/** the blocking findings that are new under the new settings */
	findings: Finding[];
}

const key = (f: Finding) => `${f.rule}\u0000${f.pointer}`;

function blocking(item: Item, settings: CheckSettings, locale?: Locale): Finding[] {
	try {
		return lintItem(item, lintOptionsOf(settings, locale)).filter((f) => f.severity === 'error');
	} catch {
		return [];
	}
}

/** The items the new settings block that the old ones did not, in the order given. */
export function newlyBlocked(
	before: CheckSettings,
	after: CheckSettings,
	subjects: Iterable<ImpactSubject>,
	locale?: Locale
): BlockedItem[] {
	const out: BlockedItem[] = [];
	for (const s of subjects) {
		const old = new Set(blocking(s.item, before, locale).map(key));
		const fresh = blocking(s.item, after, locale).filter((f) => !old.has(key(f)));
		if (fresh.length) out.push({ code: s.code, name: s.name, findings: fresh });
	}
	return out;
}

/** Rule ids whose effective severity differs, for the audit entry and the history. */
export function changedRules(before: CheckSettings, after: CheckSettings): string[] {
	const ids = new Set([...Object.keys(before.rules), ...Object.keys(after.rules)]);
	return [...ids].filter((id) => before.rules[id] !== after.rules[id]).sort();
}
