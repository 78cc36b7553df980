// Rules for value keywords: type, enum/const/code lists, bounds, multipleOf, pattern, format.
import type { CompatCode, JsonSchema } from './types';
import { LOWER_BOUNDS } from './keywords';
import { add, isObj, same, type Ctx } from './context';

// --- type ---------------------------------------------------------------------------------------

function typesOf(s: JsonSchema): string[] | undefined {
	if (typeof s.type === 'string') return [s.type];
	if (Array.isArray(s.type)) return s.type as string[];
	return undefined;
}

function covered(t: string, set: string[]): boolean {
	return set.includes(t) || (t === 'integer' && set.includes('number'));
}

export function compareType(
	os: JsonSchema,
	ns: JsonSchema,
	ptr: string[],
	field: string[],
	ctx: Ctx
) {
	const a = typesOf(os);
	const b = typesOf(ns);
	if (same(a, b)) return;
	const backward = b === undefined || (a !== undefined && a.every((t) => covered(t, b)));
	const forward = a === undefined || (b !== undefined && b.every((t) => covered(t, a)));
	if (backward && forward) return; // e.g. ['string'] vs 'string'
	const show = (t?: string[]) => (t ? t.join('|') : ctx.t('diff.compat.anyType'));
	const code = backward ? 'type-widened' : forward ? 'type-narrowed' : 'type-changed';
	add(
		ctx,
		[...ptr, 'type'],
		field,
		'type',
		code,
		backward,
		forward,
		ctx.t(`diff.compat.${code}`, { old: show(a), new: show(b) }),
		{ before: os.type, after: ns.type }
	);
}

// --- enum / const / code lists ------------------------------------------------------------------

function codeList(s: JsonSchema): unknown[] | undefined {
	if (Array.isArray(s.enum)) return s.enum;
	if ('const' in s) return [s.const];
	for (const k of ['oneOf', 'anyOf']) {
		const alts = s[k];
		if (Array.isArray(alts) && alts.length && alts.every((x) => isObj(x) && 'const' in x))
			return alts.map((x) => (x as JsonSchema).const);
	}
	return undefined;
}

/** true when oneOf/anyOf were code lists and so fully judged here */
export function compareEnum(
	os: JsonSchema,
	ns: JsonSchema,
	ptr: string[],
	field: string[],
	ctx: Ctx
): boolean {
	const a = codeList(os);
	const b = codeList(ns);
	const listKw = (s: JsonSchema) =>
		Array.isArray(s.enum) ? 'enum' : 'const' in s ? 'const' : s.oneOf ? 'oneOf' : 'anyOf';
	// A oneOf/anyOf that is not a code list is a combinator, compared as such elsewhere.
	const combinator = (s: JsonSchema, list?: unknown[]) =>
		(s.oneOf !== undefined || s.anyOf !== undefined) &&
		!(list && !Array.isArray(s.enum) && !('const' in s));
	const judgedHere = !combinator(os, a) && !combinator(ns, b);
	if (!a && !b) return false;
	if (!judgedHere && (!a || !b)) return false;
	const kw = b ? listKw(ns) : listKw(os);
	const p = [...ptr, kw];
	if (!a || !b) {
		const added = !a;
		add(
			ctx,
			p,
			field,
			kw,
			added ? 'enum-added' : 'enum-removed',
			!added,
			added,
			ctx.t(added ? 'diff.compat.enumAdded' : 'diff.compat.enumRemoved'),
			added ? { after: b } : { before: a }
		);
		return judgedHere;
	}
	const keyA = new Map(a.map((v) => [JSON.stringify(v), v]));
	const keyB = new Map(b.map((v) => [JSON.stringify(v), v]));
	const dropped = [...keyA.keys()].filter((k) => !keyB.has(k)).map((k) => keyA.get(k));
	const added = [...keyB.keys()].filter((k) => !keyA.has(k)).map((k) => keyB.get(k));
	const show = (vs: unknown[]) => vs.map((v) => JSON.stringify(v)).join('、');
	if (dropped.length)
		add(
			ctx,
			p,
			field,
			kw,
			'enum-value-dropped',
			false,
			true,
			ctx.t('diff.compat.valuesDropped', { values: show(dropped) }),
			{ before: dropped }
		);
	if (added.length)
		add(
			ctx,
			p,
			field,
			kw,
			'enum-value-added',
			true,
			false,
			ctx.t('diff.compat.valuesAdded', { values: show(added) }),
			{ after: added }
		);
	codeListLabels(os, ns, p, field, ctx);
	return judgedHere;
}

// --- bounds, multipleOf, pattern, format --------------------------------------------------------

export function compareBound(
	k: string,
	a: unknown,
	b: unknown,
	ptr: string[],
	field: string[],
	ctx: Ctx
) {
	const lower = LOWER_BOUNDS.has(k);
	let tighter: boolean;
	if (typeof a !== 'number') tighter = true;
	else if (typeof b !== 'number') tighter = false;
	else tighter = lower ? b > a : b < a;
	const show = (v: unknown) => (typeof v === 'number' ? String(v) : ctx.t('diff.compat.none'));
	add(
		ctx,
		[...ptr, k],
		field,
		k,
		tighter ? 'bound-tightened' : 'bound-loosened',
		!tighter,
		tighter,
		ctx.t(tighter ? 'diff.compat.boundTightened' : 'diff.compat.boundLoosened', {
			keyword: k,
			old: show(a),
			new: show(b)
		}),
		{ before: a, after: b }
	);
}

function isMultiple(x: number, of: number): boolean {
	const q = x / of;
	return Math.abs(q - Math.round(q)) < 1e-9;
}

export function compareMultipleOf(
	a: unknown,
	b: unknown,
	ptr: string[],
	field: string[],
	ctx: Ctx
) {
	let backward = false;
	let forward = false;
	if (typeof a !== 'number') forward = true;
	else if (typeof b !== 'number') backward = true;
	else {
		forward = isMultiple(b, a);
		backward = isMultiple(a, b);
	}
	add(
		ctx,
		[...ptr, 'multipleOf'],
		field,
		'multipleOf',
		'multiple-of-changed',
		backward,
		forward,
		ctx.t('diff.compat.multipleOf', {
			old: String(a ?? ctx.t('diff.compat.none')),
			new: String(b ?? ctx.t('diff.compat.none'))
		}),
		{ before: a, after: b }
	);
}

export function compareStringRule(
	k: 'pattern' | 'format',
	a: unknown,
	b: unknown,
	ptr: string[],
	field: string[],
	ctx: Ctx
) {
	const rule = ctx.t(`diff.compat.rule.${k}`);
	const p = [...ptr, k];
	if (a === undefined) {
		add(
			ctx,
			p,
			field,
			k,
			`${k}-added` as CompatCode,
			false,
			true,
			ctx.t('diff.compat.ruleAdded', { rule, value: String(b) }),
			{ after: b }
		);
	} else if (b === undefined) {
		add(
			ctx,
			p,
			field,
			k,
			`${k}-removed` as CompatCode,
			true,
			false,
			ctx.t('diff.compat.ruleRemoved', { rule, value: String(a) }),
			{ before: a }
		);
	} else {
		// Inclusion between two regular expressions (or formats) is not something we try to prove.
		add(
			ctx,
			p,
			field,
			k,
			`${k}-changed` as CompatCode,
			false,
			false,
			ctx.t('diff.compat.ruleChanged', { rule, old: String(a), new: String(b) }),
			{ before: a, after: b }
		);
	}
}

/** option labels of oneOf/anyOf code lists are what applicants read: report renamed options */
function codeListLabels(os: JsonSchema, ns: JsonSchema, p: string[], field: string[], ctx: Ctx) {
	const labels = (s: JsonSchema) => {
		const alts = (s.oneOf ?? s.anyOf) as unknown;
		const out = new Map<string, unknown>();
		if (Array.isArray(alts))
			for (const x of alts) if (isObj(x) && 'const' in x) out.set(JSON.stringify(x.const), x.title);
		return out;
	};
	const la = labels(os);
	const lb = labels(ns);
	for (const [key, title] of lb) {
		if (!la.has(key) || la.get(key) === title) continue;
		add(
			ctx,
			p,
			field,
			'title',
			'annotation',
			true,
			true,
			ctx.t('diff.compat.relabelled', {
				key,
				old: String(la.get(key) ?? ''),
				new: String(title ?? '')
			}),
			{ annotation: true, before: la.get(key), after: title }
		);
	}
}
