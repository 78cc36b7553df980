// suggestSharedFields: which member fields could be entered once, for the editor's mapping screen.
// Strong: the members mark them with the same semantic key (compile merges these unless the editor
// keeps them apart). Weaker: unmarked fields with the same title and format (and type), which the
// editor may map by hand as `custom:<title>`. Each suggestion says why.
import type { Bundle } from '../compile/types';
import { joinList, translator, type Locale } from '../i18n';
import { memberFields, pathKey, type MemberField } from './fields';
import type { MemberBundle } from './compile';
import { oneThingMessages } from './messages';
import type { OneThing } from './types';
import { CUSTOM_KEY_PREFIX, semanticKeyLabel } from './vocabulary';

export interface SharedFieldSuggestion {
	/** a vocabulary key, or `custom:<title>` for a same-title suggestion */
	key: string;
	strength: 'key' | 'title';
	fields: { member: string; path: string[]; title?: string }[];
	reason: string;
	/** already in the document's `sharedFields` (mapped or kept apart) */
	decided: boolean;
}

export function suggestSharedFields(
	doc: OneThing,
	memberBundles: (MemberBundle | Bundle)[],
	opts: { locale?: Locale } = {}
): SharedFieldSuggestion[] {
	const { locale } = opts;
	const t = translator(oneThingMessages, locale);
	const codes = new Set(doc.members.map((m) => m.code.trim()));
	const fields: MemberField[] = [];
	const seenMembers = new Set<string>();
	for (const x of memberBundles) {
		const b = 'bundle' in x ? x.bundle : x;
		if (!codes.has(b.code) || seenMembers.has(b.code)) continue;
		seenMembers.add(b.code);
		fields.push(...memberFields(b.code, b).filter((f) => f.shareable));
	}
	const decided = new Set((doc.sharedFields ?? []).map((s) => s.key));
	const mapped = new Set(
		(doc.sharedFields ?? [])
			.filter((s) => s.merge !== false)
			.flatMap((s) => s.fields.map((f) => `${f.member}\u0000${pathKey(f.path)}`))
	);
	const out: SharedFieldSuggestion[] = [];
	const members = (fs: MemberField[]) => joinList(locale, [...new Set(fs.map((f) => f.member))]);
	const entry = (f: MemberField) => ({
		member: f.member,
		path: f.path,
		...(f.title ? { title: f.title } : {})
	});

	const byKey = new Map<string, MemberField[]>();
	for (const f of fields) {
		if (!f.key) continue;
		const list = byKey.get(f.key) ?? [];
		list.push(f);
		byKey.set(f.key, list);
	}
	const covered = new Set<MemberField>();
	for (const [key, fs] of byKey) {
		if (new Set(fs.map((f) => f.member)).size < 2) continue;
		fs.forEach((f) => covered.add(f));
		out.push({
			key,
			strength: 'key',
			fields: fs.map(entry),
			reason: t('onething.suggest.key', {
				members: members(fs),
				key: semanticKeyLabel(key, locale)
			}),
			decided: decided.has(key)
		});
	}
	const byTitle = new Map<string, MemberField[]>();
	for (const f of fields) {
		if (covered.has(f) || !f.title || f.type === 'object') continue;
		if (mapped.has(`${f.member}\u0000${pathKey(f.path)}`)) continue;
		const k = `${f.title.trim()}\u0000${f.format ?? ''}\u0000${f.type ?? ''}`;
		const list = byTitle.get(k) ?? [];
		list.push(f);
		byTitle.set(k, list);
	}
	for (const all of byTitle.values()) {
		// a member with two such fields is ambiguous: left to the editor
		const count = new Map<string, number>();
		for (const f of all) count.set(f.member, (count.get(f.member) ?? 0) + 1);
		const fs = all.filter((f) => count.get(f.member) === 1);
		if (fs.length < 2) continue;
		const title = fs[0].title!.trim();
		const key = `${CUSTOM_KEY_PREFIX}${title}`;
		out.push({
			key,
			strength: 'title',
			fields: fs.map(entry),
			reason: t('onething.suggest.title', {
				members: members(fs),
				title,
				format: fs[0].format ?? fs[0].type ?? '—'
			}),
			decided: decided.has(key)
		});
	}
	return out;
}
