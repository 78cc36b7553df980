// The acceptance schemas are part of what portals rely on: the same submission must not flip from
// 受理 or 容缺受理 to 补正 or 不予受理 without the version saying so. Their changes are judged here
// from the rules they are compiled from — which materials are needed, which may be tolerated and how
// many, and the machine-checkable refusal cases — in the vocabulary of ./compat/types.ts:
//   backward — every submission accepted (or accepted with tolerance) before still is;
//   forward  — every submission accepted now was accepted before.
import { isNeeded, toleranceInForce, type ToleranceInForce } from '../compile/materials';
import { translator, type Locale } from '../i18n';
import type { Material, RefusalCondition } from '../item/types';
import type { CompatChange } from './compat/types';
import type { ItemView } from './input';
import { acceptanceDiffMessages as messages } from './messages/acceptance';
import { Sink, same } from './sink';
import type { Change } from './types';

type Tol = Pick<ToleranceInForce, 'allowed' | 'maxMissing' | 'tolerableIds'>;

/** Tolerance in force: a bundle says it; for an item it follows from the default policy. */
export function toleranceOf(v: ItemView): Tol {
	const t = v.tolerance as Partial<ToleranceInForce>;
	if (v.source === 'bundle' && typeof t.allowed === 'boolean' && Array.isArray(t.tolerableIds)) {
		return { allowed: t.allowed, maxMissing: t.maxMissing ?? 0, tolerableIds: t.tolerableIds };
	}
	try {
		return toleranceInForce(v);
	} catch {
		return { allowed: false, maxMissing: 0, tolerableIds: [] };
	}
}

export function acceptanceCompat(a: ItemView, b: ItemView, locale?: Locale): CompatChange[] {
	const t = translator(messages, locale);
	const out: CompatChange[] = [];
	const push = (
		field: string,
		backward: boolean,
		forward: boolean,
		reason: string,
		before?: unknown,
		after?: unknown
	) =>
		out.push({
			pointer: '',
			field,
			keyword: 'acceptance',
			backward,
			forward,
			code:
				backward && !forward
					? 'subschema-removed'
					: !backward && forward
						? 'subschema-added'
						: 'undecidable',
			reason,
			...(before !== undefined ? { before } : {}),
			...(after !== undefined ? { after } : {})
		});
	const narrowed = (field: string, reason: string, before?: unknown, after?: unknown) =>
		push(field, false, true, reason, before, after);
	const widened = (field: string, reason: string, before?: unknown, after?: unknown) =>
		push(field, true, false, reason, before, after);

	const olds = new Map(a.materials.map((m) => [m.id, m]));
	const news = new Map(b.materials.map((m) => [m.id, m]));
	const name = (m: Material) => `《${m.name}》`;
	const needed = (m: Material | undefined) => !!m && isNeeded(m);
	for (const id of new Set([...olds.keys(), ...news.keys()])) {
		const o = olds.get(id);
		const n = news.get(id);
		const field = `materials.${id}`;
		const was = needed(o);
		const is = needed(n);
		if (!was && is) narrowed(field, t('diff.acceptance.nowNeeded', { name: name(n!) }));
		else if (was && !is) widened(field, t('diff.acceptance.noLongerNeeded', { name: name(o!) }));
		else if (was && is) {
			const oc = o!.condition;
			const nc = n!.condition;
			if (oc !== undefined && nc === undefined)
				narrowed(field, t('diff.acceptance.nowNeeded', { name: name(n!) }));
			else if (oc === undefined && nc !== undefined)
				widened(field, t('diff.acceptance.noLongerNeeded', { name: name(n!) }));
			else if (!same(oc, nc))
				push(field, false, false, t('diff.acceptance.conditionChanged', { name: name(n!) }));
		}
	}

	const ta = toleranceOf(a);
	const tb = toleranceOf(b);
	if (ta.allowed && !tb.allowed) narrowed('tolerance', t('diff.acceptance.toleranceOff'));
	else if (!ta.allowed && tb.allowed) widened('tolerance', t('diff.acceptance.toleranceOn'));
	else if (ta.allowed && tb.allowed) {
		const oldT = new Set(ta.tolerableIds);
		const newT = new Set(tb.tolerableIds);
		for (const id of oldT) {
			const m = news.get(id) ?? olds.get(id)!;
			// a material that is no longer needed at all was judged above
			if (!newT.has(id) && needed(news.get(id)))
				narrowed(`materials.${id}`, t('diff.acceptance.noLongerTolerable', { name: name(m) }));
		}
		for (const id of newT) {
			if (!oldT.has(id) && needed(olds.get(id)))
				widened(
					`materials.${id}`,
					t('diff.acceptance.nowTolerable', { name: name(news.get(id)!) })
				);
		}
		if (tb.maxMissing < ta.maxMissing)
			narrowed(
				'tolerance.maxMissing',
				t('diff.acceptance.fewerMissing', { old: ta.maxMissing, new: tb.maxMissing }),
				ta.maxMissing,
				tb.maxMissing
			);
		else if (tb.maxMissing > ta.maxMissing)
			widened(
				'tolerance.maxMissing',
				t('diff.acceptance.moreMissing', { old: ta.maxMissing, new: tb.maxMissing }),
				ta.maxMissing,
				tb.maxMissing
			);
	}

	const ra = new Map((a.refusals ?? []).map((r) => [r.id, r]));
	const rb = new Map((b.refusals ?? []).map((r) => [r.id, r]));
	for (const [id, r] of rb) {
		const o = ra.get(id);
		if (!o) narrowed(`refusals.${id}`, t('diff.acceptance.refusalAdded', { text: r.text }));
		else if (!same(o.condition, r.condition))
			push(`refusals.${id}`, false, false, t('diff.acceptance.refusalChanged', { text: r.text }));
	}
	for (const [id, r] of ra) {
		if (!rb.has(id))
			widened(`refusals.${id}`, t('diff.acceptance.refusalRemoved', { text: r.text }));
	}
	return out;
}

/** Sentences for the machine-checkable refusal cases (in the guide group: they are 不予受理情形). */
export function diffRefusals(
	a: RefusalCondition[] | undefined,
	b: RefusalCondition[] | undefined,
	locale?: Locale
): Change[] {
	const s = new Sink('guide', locale);
	const t = translator(messages, locale);
	const olds = a ?? [];
	const news = b ?? [];
	const at = (list: RefusalCondition[], id: string) => list.findIndex((r) => r.id === id);
	for (const r of news) {
		const i = at(olds, r.id);
		if (i < 0) {
			s.push(
				'added',
				'guide.refusals',
				{ new: ['refusals', at(news, r.id)] },
				t('diff.refusal.added', { text: r.text }),
				'stricter',
				{ after: r }
			);
		} else if (!same(olds[i].condition, r.condition) || olds[i].text !== r.text) {
			s.push(
				'changed',
				'guide.refusals',
				{ old: ['refusals', i], new: ['refusals', at(news, r.id)] },
				t('diff.refusal.changed', { text: r.text }),
				'neutral',
				{ before: olds[i], after: r }
			);
		}
	}
	for (const r of olds) {
		if (at(news, r.id) < 0)
			s.push(
				'removed',
				'guide.refusals',
				{ old: ['refusals', at(olds, r.id)] },
				t('diff.refusal.removed', { text: r.text }),
				'looser',
				{ before: r }
			);
	}
	return s.changes;
}
