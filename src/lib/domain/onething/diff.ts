// diffOneThings: what changed between two versions of a one-thing, as sentences a reviewer reads,
// in the manner of the item diff (src/lib/domain/diff): each change with its group, kind, code,
// pointers into both documents, before/after and, for long texts, a character-level diff.
// Members added or removed, pins changed, conditions; the editor's mappings and — given both
// compilations — the shared fields of the merged form; the guide.
import { textDiff } from '../diff/text';
import type { ChangeKind, TextPart } from '../diff/types';
import { same } from '../diff/sink';
import { joinList, translator, type Locale } from '../i18n';
import { formatLimit } from '../lint/durations';
import { pointer } from '../pointer';
import type { EffectiveMapping } from './compile';
import { oneThingDiffMessages } from './diff.messages';
import type { OneThing, OneThingMember, SharedFieldMapping } from './types';
import { semanticKeyLabel } from './vocabulary';

export type OneThingDiffGroup = 'identity' | 'members' | 'mappings' | 'guide';

export interface OneThingChange {
	group: OneThingDiffGroup;
	kind: ChangeKind;
	/** e.g. 'member.pin', 'mapping.added', 'guide.jointTimeLimit' */
	code: string;
	pointers: { old?: string; new?: string };
	before?: unknown;
	after?: unknown;
	sentence: string;
	textDiff?: TextPart[];
}

export interface OneThingDiffReport {
	oldCode: string;
	newCode: string;
	name: string;
	groups: Record<OneThingDiffGroup, OneThingChange[]>;
	summary: { total: number; headline: string };
}

export interface DiffOneThingsOptions {
	locale?: Locale;
	/** the shared fields of each version as compiled (compileOneThing(...).mappings) */
	mappings?: { old: EffectiveMapping[]; new: EffectiveMapping[] };
}

const fieldsText = (fields: { member: string; path: string[] }[], locale?: Locale) =>
	joinList(
		locale,
		fields.map((f) => `${f.member}:${f.path.join('.')}`)
	);

export function diffOneThings(
	a: OneThing,
	b: OneThing,
	opts: DiffOneThingsOptions = {}
): OneThingDiffReport {
	const { locale } = opts;
	const t = translator(oneThingDiffMessages, locale);
	const groups: Record<OneThingDiffGroup, OneThingChange[]> = {
		identity: [],
		members: [],
		mappings: [],
		guide: []
	};
	const push = (
		group: OneThingDiffGroup,
		kind: ChangeKind,
		code: string,
		paths: { old?: (string | number)[]; new?: (string | number)[] },
		sentence: string,
		before?: unknown,
		after?: unknown
	) => {
		const c: OneThingChange = {
			group,
			kind,
			code,
			pointers: {
				...(paths.old ? { old: pointer(...paths.old) } : {}),
				...(paths.new ? { new: pointer(...paths.new) } : {})
			},
			sentence
		};
		if (before !== undefined) c.before = before;
		if (after !== undefined) c.after = after;
		groups[group].push(c);
		return c;
	};
	const changed = (
		group: OneThingDiffGroup,
		code: string,
		path: (string | number)[],
		sentence: string,
		before: unknown,
		after: unknown
	) => push(group, 'changed', code, { old: path, new: path }, sentence, before, after);

	// identity
	if (a.code !== b.code)
		changed(
			'identity',
			'code',
			['code'],
			t('onethingDiff.code', { old: a.code, new: b.code }),
			a.code,
			b.code
		);
	if (a.name.trim() !== b.name.trim())
		changed(
			'identity',
			'name',
			['name'],
			t('onethingDiff.name', { old: a.name, new: b.name }),
			a.name,
			b.name
		);
	if (!same(a.theme, b.theme))
		changed(
			'identity',
			'theme',
			['theme'],
			t('onethingDiff.theme', { old: a.theme.name, new: b.theme.name }),
			a.theme,
			b.theme
		);
	if (!same(a.leadDepartment, b.leadDepartment))
		changed(
			'identity',
			'leadDepartment',
			['leadDepartment'],
			t('onethingDiff.lead', { old: a.leadDepartment.name, new: b.leadDepartment.name }),
			a.leadDepartment,
			b.leadDepartment
		);

	// members
	const pinText = (p: OneThingMember['pin']) =>
		p === 'latest' ? t('onethingDiff.pin.latest') : t('onethingDiff.pin.version', { n: p });
	const oldMembers = new Map(a.members.map((m, i) => [m.code.trim(), { m, i }]));
	const newMembers = new Map(b.members.map((m, i) => [m.code.trim(), { m, i }]));
	for (const [code, { m, i }] of oldMembers)
		if (!newMembers.has(code))
			push(
				'members',
				'removed',
				'member.removed',
				{ old: ['members', i] },
				t('onethingDiff.member.removed', { code }),
				m
			);
	for (const [code, { m, i }] of newMembers) {
		const before = oldMembers.get(code);
		if (!before) {
			push(
				'members',
				'added',
				'member.added',
				{ new: ['members', i] },
				t('onethingDiff.member.added', { code, pin: pinText(m.pin) }),
				undefined,
				m
			);
			continue;
		}
		if (before.m.pin !== m.pin)
			push(
				'members',
				'changed',
				'member.pin',
				{ old: ['members', before.i, 'pin'], new: ['members', i, 'pin'] },
				t('onethingDiff.member.pin', { code, old: pinText(before.m.pin), new: pinText(m.pin) }),
				before.m.pin,
				m.pin
			);
		if (!same(before.m.condition, m.condition))
			push(
				'members',
				'changed',
				'member.condition',
				{ old: ['members', before.i, 'condition'], new: ['members', i, 'condition'] },
				t('onethingDiff.member.condition', { code }),
				before.m.condition,
				m.condition
			);
	}
	const common = (list: OneThingMember[], other: Map<string, unknown>) =>
		list.map((m) => m.code.trim()).filter((c) => other.has(c));
	if (!same(common(a.members, newMembers), common(b.members, oldMembers)))
		push(
			'members',
			'moved',
			'member.order',
			{ old: ['members'], new: ['members'] },
			t('onethingDiff.member.order')
		);

	// the editor's mappings
	const oldMap = new Map((a.sharedFields ?? []).map((s, i) => [s.key, { s, i }]));
	const newMap = new Map((b.sharedFields ?? []).map((s, i) => [s.key, { s, i }]));
	const label = (k: string) => semanticKeyLabel(k, locale);
	for (const [key, { s, i }] of oldMap)
		if (!newMap.has(key))
			push(
				'mappings',
				'removed',
				'mapping.removed',
				{ old: ['sharedFields', i] },
				t('onethingDiff.mapping.removed', { key: label(key) }),
				s
			);
	for (const [key, { s, i }] of newMap) {
		const before = oldMap.get(key);
		if (!before) {
			push(
				'mappings',
				'added',
				'mapping.added',
				{ new: ['sharedFields', i] },
				t('onethingDiff.mapping.added', { key: label(key), fields: fieldsText(s.fields, locale) }),
				undefined,
				s
			);
			continue;
		}
		const merge = (x: SharedFieldMapping) => x.merge !== false;
		if (merge(before.s) !== merge(s))
			push(
				'mappings',
				'changed',
				'mapping.merge',
				{ old: ['sharedFields', before.i, 'merge'], new: ['sharedFields', i, 'merge'] },
				t(merge(s) ? 'onethingDiff.mapping.merged' : 'onethingDiff.mapping.apart', {
					key: label(key)
				}),
				before.s.merge,
				s.merge
			);
		if (!same(before.s.fields, s.fields))
			push(
				'mappings',
				'changed',
				'mapping.fields',
				{ old: ['sharedFields', before.i, 'fields'], new: ['sharedFields', i, 'fields'] },
				t('onethingDiff.mapping.changed', {
					key: label(key),
					old: fieldsText(before.s.fields, locale),
					new: fieldsText(s.fields, locale)
				}),
				before.s.fields,
				s.fields
			);
	}
	if (opts.mappings) {
		const o = new Map(opts.mappings.old.map((m) => [m.key, m]));
		const n = new Map(opts.mappings.new.map((m) => [m.key, m]));
		for (const [key] of o)
			if (!n.has(key) && !oldMap.has(key) && !newMap.has(key))
				push(
					'mappings',
					'removed',
					'shared.removed',
					{},
					t('onethingDiff.shared.removed', { key: label(key) })
				);
		for (const [key, m] of n)
			if (!o.has(key) && !oldMap.has(key) && !newMap.has(key))
				push(
					'mappings',
					'added',
					'shared.added',
					{},
					t('onethingDiff.shared.added', { key: label(key), fields: fieldsText(m.fields, locale) }),
					undefined,
					m.fields
				);
	}

	// the guide
	const ga = a.guide;
	const gb = b.guide;
	if (ga.summary.trim() !== gb.summary.trim()) {
		const c = changed(
			'guide',
			'guide.summary',
			['guide', 'summary'],
			t('onethingDiff.guide.summary'),
			ga.summary,
			gb.summary
		);
		c.textDiff = textDiff(ga.summary, gb.summary);
	}
	if (!same(ga.conditions ?? [], gb.conditions ?? []))
		changed(
			'guide',
			'guide.conditions',
			['guide', 'conditions'],
			t('onethingDiff.guide.conditions', {
				old: (ga.conditions ?? []).length,
				new: (gb.conditions ?? []).length
			}),
			ga.conditions,
			gb.conditions
		);
	if (!same(ga.process, gb.process))
		changed(
			'guide',
			'guide.process',
			['guide', 'process'],
			t('onethingDiff.guide.process', {
				old: ga.process.map((p) => p.name).join(' → '),
				new: gb.process.map((p) => p.name).join(' → ')
			}),
			ga.process,
			gb.process
		);
	if (!same(ga.jointTimeLimit, gb.jointTimeLimit))
		changed(
			'guide',
			'guide.jointTimeLimit',
			['guide', 'jointTimeLimit'],
			t('onethingDiff.guide.jointTimeLimit', {
				old: formatLimit(ga.jointTimeLimit, locale),
				new: formatLimit(gb.jointTimeLimit, locale)
			}),
			ga.jointTimeLimit,
			gb.jointTimeLimit
		);
	if (!same(ga.window, gb.window))
		changed(
			'guide',
			'guide.window',
			['guide', 'window'],
			t('onethingDiff.guide.window', {
				old: `${ga.window.name} ${ga.window.address}`,
				new: `${gb.window.name} ${gb.window.address}`
			}),
			ga.window,
			gb.window
		);
	if (!same(ga.consult, gb.consult))
		changed(
			'guide',
			'guide.consult',
			['guide', 'consult'],
			t('onethingDiff.guide.consult'),
			ga.consult,
			gb.consult
		);
	if (!same(ga.complaint, gb.complaint))
		changed(
			'guide',
			'guide.complaint',
			['guide', 'complaint'],
			t('onethingDiff.guide.complaint'),
			ga.complaint,
			gb.complaint
		);

	const total = Object.values(groups).reduce((n, g) => n + g.length, 0);
	return {
		oldCode: a.code,
		newCode: b.code,
		name: b.name,
		groups,
		summary: {
			total,
			headline: total
				? t('onethingDiff.headline', {
						total,
						members: groups.members.length,
						mappings: groups.mappings.length,
						guide: groups.guide.length + groups.identity.length
					})
				: t('onethingDiff.headline.none')
		}
	};
}
