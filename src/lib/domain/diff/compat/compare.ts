// compareSchemas: walk two JSON Schemas (2020-12) in parallel by property path and judge every
// difference with a keyword rule. No library judges 2020-12 subschema relations, and the general
// problem is undecidable, so each rule is sound in the direction it claims and anything it cannot
// prove is reported as breaking both ways with the reason "无法判定" rather than guessed.
import type { Locale } from '../../i18n';
import { msg } from '../../i18n';
import { pointer as buildPointer, resolvePointer } from '../../pointer';
import type { CompatChange, CompatCode, CompatResult, JsonSchema } from './types';
import { CONTAINERS, LOWER_BOUNDS, UPPER_BOUNDS, isAnnotation } from './keywords';
import { bumpOf, verdictOf } from './verdict';

type Node = JsonSchema | boolean;

interface Ctx {
	oldRoot: Node;
	newRoot: Node;
	out: CompatChange[];
	/** $ref pairs on the current walk: a pair met again is assumed related as the first time */
	refStack: Set<string>;
	/** whether $defs are unchanged: only then is a subtree with equal $ref strings really equal */
	defsSame: boolean;
	locale?: Locale;
}

const MAX_DEPTH = 96;

export interface CompareOptions {
	locale?: Locale;
}

export function compareSchemas(
	oldSchema: JsonSchema | boolean,
	newSchema: JsonSchema | boolean,
	opts: CompareOptions = {}
): CompatResult {
	const ctx: Ctx = {
		oldRoot: oldSchema,
		newRoot: newSchema,
		out: [],
		refStack: new Set(),
		defsSame:
			isObj(oldSchema) && isObj(newSchema)
				? same(oldSchema.$defs, newSchema.$defs) &&
					same(oldSchema.definitions, newSchema.definitions)
				: true,
		locale: opts.locale
	};
	walk(oldSchema, newSchema, [], [], ctx, 0);
	const verdict = verdictOf(ctx.out);
	return { verdict, bump: bumpOf(verdict, ctx.out), changes: ctx.out };
}

function isObj(x: unknown): x is JsonSchema {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function same(a: unknown, b: unknown): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** equal text is equal meaning unless a $ref inside points at a definition that changed */
function identical(a: unknown, b: unknown, ctx: Ctx): boolean {
	if (a === b) return true;
	const ta = JSON.stringify(a);
	return ta === JSON.stringify(b) && (ctx.defsSame || !ta.includes('"$ref"'));
}

/** an unconstrained schema: true, {} or only annotations */
function acceptsAll(s: unknown): boolean {
	if (s === true || s === undefined) return true;
	if (!isObj(s)) return false;
	return Object.keys(s).every((k) => isAnnotation(k) || CONTAINERS.has(k));
}

/** follow local $refs (siblings of $ref are conjunctive in 2020-12; merged when they do not clash) */
function deref(node: Node, root: Node): { node: Node; refs: string[] } {
	const refs: string[] = [];
	let cur: Node = node;
	for (let i = 0; i < 32 && isObj(cur) && typeof cur.$ref === 'string'; i++) {
		const ref = cur.$ref as string;
		if (!ref.startsWith('#')) break;
		let target: unknown;
		try {
			target = resolvePointer(root, decodeURIComponent(ref.slice(1)));
		} catch {
			target = undefined;
		}
		if (target === undefined || (typeof target !== 'boolean' && !isObj(target))) break;
		refs.push(ref);
		const { $ref: _ref, ...rest } = cur;
		void _ref;
		if (Object.keys(rest).length === 0) cur = target as Node;
		else if (target === false) cur = false;
		else if (target === true) cur = rest;
		else cur = { ...(target as JsonSchema), ...rest };
	}
	return { node: cur, refs };
}

function add(
	ctx: Ctx,
	ptr: string[],
	field: string[],
	keyword: string,
	code: CompatCode,
	backward: boolean,
	forward: boolean,
	reason: [string, string],
	extra: Partial<CompatChange> = {}
) {
	ctx.out.push({
		pointer: buildPointer(...ptr),
		field: field.join('.'),
		keyword,
		backward,
		forward,
		code,
		reason: msg(ctx.locale, reason[0], reason[1]),
		...extra
	});
}

function undecidable(
	ctx: Ctx,
	ptr: string[],
	field: string[],
	keyword: string,
	o: unknown,
	n: unknown
) {
	add(
		ctx,
		[...ptr, keyword],
		field,
		keyword,
		'undecidable',
		false,
		false,
		[
			`「${keyword}」已修改，无法判定新旧数据的包含关系，按不兼容处理`,
			`"${keyword}" changed and the relation cannot be decided; treated as breaking`
		],
		{ before: o, after: n }
	);
}

function walk(o: Node, n: Node, ptr: string[], field: string[], ctx: Ctx, depth: number): void {
	if (depth > MAX_DEPTH) return;
	if (identical(o, n, ctx)) return;
	const ro = deref(o, ctx.oldRoot);
	const rn = deref(n, ctx.newRoot);
	if (ro.refs.length || rn.refs.length) {
		const key = ro.refs.join(',') + '|' + rn.refs.join(',') + '|' + field.join('.');
		if (ctx.refStack.has(key)) return;
		ctx.refStack.add(key);
		try {
			walkResolved(ro.node, rn.node, ptr, field, ctx, depth);
		} finally {
			ctx.refStack.delete(key);
		}
		return;
	}
	walkResolved(o, n, ptr, field, ctx, depth);
}

function walkResolved(o: Node, n: Node, ptr: string[], field: string[], ctx: Ctx, depth: number) {
	if (identical(o, n, ctx)) return;
	if (n === false || (isObj(n) && isObj(n.not) && acceptsAll(n.not))) {
		if (o === false) return;
		add(ctx, ptr, field, 'false', 'schema-false', false, true, [
			'新版拒绝一切取值',
			'the new schema rejects every value'
		]);
		return;
	}
	if (o === false) {
		add(ctx, ptr, field, 'false', 'schema-true', true, false, [
			'旧版拒绝一切取值，新版放开',
			'the old schema rejected every value; the new one accepts some'
		]);
		return;
	}
	const os: JsonSchema = o === true ? {} : o;
	const ns: JsonSchema = n === true ? {} : n;
	const handled = new Set<string>();
	const next = (a: Node, b: Node, p: string[], f: string[]) => walk(a, b, p, f, ctx, depth + 1);

	compareType(os, ns, ptr, field, ctx);
	handled.add('type');
	if (compareEnum(os, ns, ptr, field, ctx)) {
		handled.add('enum').add('const').add('oneOf').add('anyOf');
	}
	compareRequired(os, ns, ptr, field, ctx);
	handled.add('required');
	compareObject(os, ns, ptr, field, ctx, next);
	for (const k of ['properties', 'additionalProperties', 'unevaluatedProperties']) handled.add(k);
	compareConditional(os, ns, ptr, field, ctx, next);
	for (const k of ['if', 'then', 'else']) handled.add(k);

	const keys = new Set([...Object.keys(os), ...Object.keys(ns)]);
	for (const k of keys) {
		if (handled.has(k) || CONTAINERS.has(k)) continue;
		const a = os[k];
		const b = ns[k];
		if (identical(a, b, ctx)) continue;
		if (isAnnotation(k)) {
			add(
				ctx,
				[...ptr, k],
				field,
				k,
				'annotation',
				true,
				true,
				[`说明性关键字「${k}」已修改`, `annotation "${k}" changed`],
				{ annotation: true, before: a, after: b }
			);
		} else if (LOWER_BOUNDS.has(k) || UPPER_BOUNDS.has(k)) {
			compareBound(k, a, b, ptr, field, ctx);
		} else if (k === 'items' || k === 'additionalItems' || k === 'unevaluatedItems') {
			if (acceptsAll(a) && acceptsAll(b)) continue;
			next((a ?? true) as Node, (b ?? true) as Node, [...ptr, k], [...field, '*']);
		} else if (k === 'allOf' || k === 'anyOf') {
			compareBranches(k, a, b, ptr, field, ctx, next);
		} else if (k === 'multipleOf') {
			compareMultipleOf(a, b, ptr, field, ctx);
		} else if (k === 'pattern' || k === 'format') {
			compareStringRule(k, a, b, ptr, field, ctx);
		} else if (k === 'uniqueItems') {
			const tighter = b === true && a !== true;
			add(
				ctx,
				[...ptr, k],
				field,
				k,
				tighter ? 'unique-items-added' : 'unique-items-removed',
				!tighter,
				tighter,
				tighter
					? ['新增元素不得重复的限制', 'items must now be unique']
					: ['取消元素不得重复的限制', 'items need no longer be unique'],
				{ before: a, after: b }
			);
		} else if (a === undefined) {
			// Every assertion keyword is a conjunct: adding one can only narrow what is accepted.
			add(
				ctx,
				[...ptr, k],
				field,
				k,
				'subschema-added',
				false,
				true,
				[`新增约束「${k}」`, `constraint "${k}" added`],
				{ after: b }
			);
		} else if (b === undefined) {
			add(
				ctx,
				[...ptr, k],
				field,
				k,
				'subschema-removed',
				true,
				false,
				[`删除约束「${k}」`, `constraint "${k}" removed`],
				{ before: a }
			);
		} else {
			undecidable(ctx, ptr, field, k, a, b);
		}
	}
}

// --- type ---------------------------------------------------------------------------------------

function typesOf(s: JsonSchema): string[] | undefined {
	if (typeof s.type === 'string') return [s.type];
	if (Array.isArray(s.type)) return s.type as string[];
	return undefined;
}

function covered(t: string, set: string[]): boolean {
	return set.includes(t) || (t === 'integer' && set.includes('number'));
}

function compareType(os: JsonSchema, ns: JsonSchema, ptr: string[], field: string[], ctx: Ctx) {
	const a = typesOf(os);
	const b = typesOf(ns);
	if (same(a, b)) return;
	const backward = b === undefined || (a !== undefined && a.every((t) => covered(t, b)));
	const forward = a === undefined || (b !== undefined && b.every((t) => covered(t, a)));
	if (backward && forward) return; // e.g. ['string'] vs 'string'
	const show = (t?: string[]) => (t ? t.join('|') : msg(ctx.locale, '任意', 'any'));
	const code: CompatCode = backward ? 'type-widened' : forward ? 'type-narrowed' : 'type-changed';
	const zh = code === 'type-widened' ? '放宽为' : code === 'type-narrowed' ? '收窄为' : '改为';
	add(
		ctx,
		[...ptr, 'type'],
		field,
		'type',
		code,
		backward,
		forward,
		[`类型由 ${show(a)} ${zh} ${show(b)}`, `type ${show(a)} → ${show(b)}`],
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
function compareEnum(
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
			added ? ['新增取值范围限制', 'value list added'] : ['取消取值范围限制', 'value list removed'],
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
			[`删除可选值 ${show(dropped)}`, `values dropped: ${show(dropped)}`],
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
			[`新增可选值 ${show(added)}`, `values added: ${show(added)}`],
			{ after: added }
		);
	return judgedHere;
}

// --- required -----------------------------------------------------------------------------------

function compareRequired(os: JsonSchema, ns: JsonSchema, ptr: string[], field: string[], ctx: Ctx) {
	const a = new Set(Array.isArray(os.required) ? (os.required as string[]) : []);
	const b = new Set(Array.isArray(ns.required) ? (ns.required as string[]) : []);
	for (const name of b)
		if (!a.has(name))
			add(
				ctx,
				[...ptr, 'properties', name],
				[...field, name],
				'required',
				'required-added',
				false,
				true,
				[`字段「${name}」改为必填`, `"${name}" is now required`]
			);
	for (const name of a)
		if (!b.has(name))
			add(
				ctx,
				[...ptr, 'properties', name],
				[...field, name],
				'required',
				'required-removed',
				true,
				false,
				[`字段「${name}」不再必填`, `"${name}" is no longer required`]
			);
}

// --- objects: properties and the open/closed content model ---------------------------------------

/** what the schema allows for a key it does not list: false (closed), true (open) or a schema */
function extraOf(s: JsonSchema): Node {
	if (s.additionalProperties === false || s.unevaluatedProperties === false) return false;
	if (isObj(s.additionalProperties) && !acceptsAll(s.additionalProperties))
		return s.additionalProperties;
	if (isObj(s.unevaluatedProperties) && !acceptsAll(s.unevaluatedProperties))
		return s.unevaluatedProperties;
	return true;
}

type Next = (a: Node, b: Node, p: string[], f: string[]) => void;

function compareObject(
	os: JsonSchema,
	ns: JsonSchema,
	ptr: string[],
	field: string[],
	ctx: Ctx,
	next: Next
) {
	const op = (isObj(os.properties) ? os.properties : {}) as Record<string, Node>;
	const np = (isObj(ns.properties) ? ns.properties : {}) as Record<string, Node>;
	const ox = extraOf(os);
	const nx = extraOf(ns);
	const title = (s: Node, k: string) =>
		isObj(s) && typeof s.title === 'string' ? `${s.title}（${k}）` : k;

	for (const k of Object.keys(np)) {
		const p = [...ptr, 'properties', k];
		const f = [...field, k];
		if (Object.prototype.hasOwnProperty.call(op, k)) {
			next(op[k], np[k], p, f);
			continue;
		}
		const name = title(np[k], k);
		if (ox === false) {
			// Old data never carried the key (the old schema rejected it); new data may.
			add(
				ctx,
				p,
				f,
				'properties',
				'field-added',
				true,
				np[k] === false,
				[
					`新增字段「${name}」：旧版为封闭结构，新版数据带有该字段时旧版会拒绝`,
					`field "${name}" added: the old schema is closed and rejects new data carrying it`
				],
				{ after: np[k] }
			);
		} else if (ox === true) {
			// Old data may have carried the key with any value; the new schema now constrains it.
			const constrained = !acceptsAll(np[k]);
			add(
				ctx,
				p,
				f,
				'properties',
				'field-added-open',
				!constrained,
				true,
				constrained
					? [
							`新增字段「${name}」：旧版为开放结构，旧数据中同名字段可能是任意值，新版对其加了约束`,
							`field "${name}" added with constraints: the old schema was open, so old data may hold any value under that key`
						]
					: [`新增字段「${name}」（无约束）`, `unconstrained field "${name}" added`],
				{ after: np[k] }
			);
		} else {
			next(ox, np[k], p, f);
		}
	}
	for (const k of Object.keys(op)) {
		if (Object.prototype.hasOwnProperty.call(np, k)) continue;
		const p = [...ptr, 'properties', k];
		const f = [...field, k];
		const name = title(op[k], k);
		if (nx === false) {
			add(
				ctx,
				p,
				f,
				'properties',
				'field-removed',
				op[k] === false,
				true,
				[
					`删除字段「${name}」：新版为封闭结构，带有该字段的旧数据会被拒绝`,
					`field "${name}" removed: the new schema is closed and rejects old data carrying it`
				],
				{ before: op[k] }
			);
		} else if (nx === true) {
			const constrained = !acceptsAll(op[k]);
			add(
				ctx,
				p,
				f,
				'properties',
				'field-removed-open',
				true,
				!constrained,
				constrained
					? [
							`删除字段「${name}」：新版为开放结构，该字段可为任意值，旧版的约束不再检查`,
							`field "${name}" removed: the new schema is open, so new data may hold any value there`
						]
					: [`删除字段「${name}」（无约束）`, `unconstrained field "${name}" removed`],
				{ before: op[k] }
			);
		} else {
			next(op[k], nx, p, f);
		}
	}

	if (same(ox, nx)) return;
	const kw =
		ns.additionalProperties !== undefined || os.additionalProperties !== undefined
			? 'additionalProperties'
			: 'unevaluatedProperties';
	const p = [...ptr, kw];
	const f = [...field, '*'];
	if (isObj(ox) && isObj(nx)) {
		next(ox, nx, p, f);
		return;
	}
	// false ⊂ any schema ⊂ true
	const rank = (x: Node) => (x === false ? 0 : x === true ? 2 : 1);
	const closing = rank(nx) < rank(ox);
	add(
		ctx,
		p,
		f,
		kw,
		closing ? 'closed' : 'opened',
		!closing,
		closing,
		closing
			? ['未声明的字段受到更严格的限制（结构收紧）', 'undeclared fields are now restricted']
			: ['未声明的字段限制放宽（结构放开）', 'undeclared fields are now less restricted'],
		{ before: ox, after: nx }
	);
}

// --- if / then / else ---------------------------------------------------------------------------

function compareConditional(
	os: JsonSchema,
	ns: JsonSchema,
	ptr: string[],
	field: string[],
	ctx: Ctx,
	next: Next
) {
	const hasO = os.if !== undefined;
	const hasN = ns.if !== undefined;
	if (!hasO && !hasN) return;
	if (hasO && hasN) {
		if (!identical(os.if, ns.if, ctx)) {
			undecidable(ctx, ptr, field, 'if', os.if, ns.if);
			return;
		}
		// (if → then) ∧ (¬if → else) is monotone in then and else.
		next((os.then ?? true) as Node, (ns.then ?? true) as Node, [...ptr, 'then'], field);
		next((os.else ?? true) as Node, (ns.else ?? true) as Node, [...ptr, 'else'], field);
		return;
	}
	const cond = hasN ? ns : os;
	if (acceptsAll(cond.then) && acceptsAll(cond.else)) return;
	add(
		ctx,
		[...ptr, 'if'],
		field,
		'if',
		hasN ? 'conditional-added' : 'conditional-removed',
		!hasN,
		hasN,
		hasN
			? ['新增条件约束（if/then/else）', 'conditional constraint (if/then/else) added']
			: ['删除条件约束（if/then/else）', 'conditional constraint (if/then/else) removed'],
		{ before: hasO ? { if: os.if, then: os.then, else: os.else } : undefined }
	);
}

// --- bounds, multipleOf, pattern, format --------------------------------------------------------

function compareBound(k: string, a: unknown, b: unknown, ptr: string[], field: string[], ctx: Ctx) {
	const lower = LOWER_BOUNDS.has(k);
	let tighter: boolean;
	if (typeof a !== 'number') tighter = true;
	else if (typeof b !== 'number') tighter = false;
	else tighter = lower ? b > a : b < a;
	const show = (v: unknown) => (typeof v === 'number' ? String(v) : msg(ctx.locale, '无', 'none'));
	add(
		ctx,
		[...ptr, k],
		field,
		k,
		tighter ? 'bound-tightened' : 'bound-loosened',
		!tighter,
		tighter,
		[
			`「${k}」由 ${show(a)} ${tighter ? '收紧' : '放宽'}为 ${show(b)}`,
			`"${k}" ${tighter ? 'tightened' : 'loosened'} from ${show(a)} to ${show(b)}`
		],
		{ before: a, after: b }
	);
}

function isMultiple(x: number, of: number): boolean {
	const q = x / of;
	return Math.abs(q - Math.round(q)) < 1e-9;
}

function compareMultipleOf(a: unknown, b: unknown, ptr: string[], field: string[], ctx: Ctx) {
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
		[`「multipleOf」由 ${a ?? '无'} 改为 ${b ?? '无'}`, `"multipleOf" ${a} → ${b}`],
		{ before: a, after: b }
	);
}

function compareStringRule(
	k: 'pattern' | 'format',
	a: unknown,
	b: unknown,
	ptr: string[],
	field: string[],
	ctx: Ctx
) {
	const name = k === 'pattern' ? '格式正则' : '格式';
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
			[`新增${name}限制 ${String(b)}`, `${k} ${String(b)} added`],
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
			[`取消${name}限制 ${String(a)}`, `${k} ${String(a)} removed`],
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
			[
				`${name}由 ${String(a)} 改为 ${String(b)}，无法判定包含关系，按不兼容处理`,
				`${k} changed from ${String(a)} to ${String(b)}; relation undecidable, treated as breaking`
			],
			{ before: a, after: b }
		);
	}
}

// --- allOf / anyOf ------------------------------------------------------------------------------

function compareBranches(
	k: 'allOf' | 'anyOf',
	a: unknown,
	b: unknown,
	ptr: string[],
	field: string[],
	ctx: Ctx,
	next: Next
) {
	const ol = (Array.isArray(a) ? a : []) as Node[];
	const nl = (Array.isArray(b) ? b : []) as Node[];
	const used = new Set<number>();
	const oRest: number[] = [];
	ol.forEach((x, i) => {
		const j = nl.findIndex((y, idx) => !used.has(idx) && identical(x, y, ctx));
		if (j >= 0) used.add(j);
		else oRest.push(i);
	});
	const nRest = nl.map((_, j) => j).filter((j) => !used.has(j));
	// allOf is a conjunction, anyOf a disjunction: both are monotone in each branch, so
	// branches that correspond one to one can be compared pairwise.
	if (oRest.length === nRest.length && (k === 'allOf' || a !== undefined)) {
		oRest.forEach((i, idx) => next(ol[i], nl[nRest[idx]], [...ptr, k, String(nRest[idx])], field));
		return;
	}
	const narrowing = k === 'allOf' ? nRest.length > 0 : oRest.length > 0;
	const widening = k === 'allOf' ? oRest.length > 0 : nRest.length > 0 && a !== undefined;
	if (k === 'anyOf' && a === undefined) {
		add(ctx, [...ptr, k], field, k, 'subschema-added', false, true, [
			'新增「anyOf」约束',
			'"anyOf" constraint added'
		]);
		return;
	}
	if (narrowing && widening) {
		undecidable(ctx, ptr, field, k, a, b);
		return;
	}
	add(
		ctx,
		[...ptr, k],
		field,
		k,
		narrowing ? 'subschema-added' : 'subschema-removed',
		!narrowing,
		narrowing,
		narrowing ? [`「${k}」收紧`, `"${k}" narrowed`] : [`「${k}」放宽`, `"${k}" widened`],
		{ before: a, after: b }
	);
}
