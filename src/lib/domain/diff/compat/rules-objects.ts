// Rules for structure: required, properties and the open/closed content model, if/then/else,
// allOf/anyOf.
import type { JsonSchema } from './types';
import {
	acceptsAll,
	add,
	identical,
	isObj,
	same,
	undecidable,
	type Ctx,
	type Next,
	type Node,
	declaredKeys,
	declaresOutside,
	ownKeys,
	type Enclosing
} from './context';

// --- required -----------------------------------------------------------------------------------

export function compareRequired(
	os: JsonSchema,
	ns: JsonSchema,
	ptr: string[],
	field: string[],
	ctx: Ctx
) {
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
				ctx.t('diff.compat.requiredAdded', { name })
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
				ctx.t('diff.compat.requiredRemoved', { name })
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

export function ownBoth(os: JsonSchema, ns: JsonSchema): Set<string> {
	return new Set([...ownKeys(os), ...ownKeys(ns)]);
}

/** the key is also governed by patternProperties: what the schema allowed there is not simple */
function byPattern(s: JsonSchema, key: string): boolean {
	if (!isObj(s.patternProperties)) return false;
	return Object.keys(s.patternProperties).some((p) => {
		try {
			return new RegExp(p, 'u').test(key);
		} catch {
			return true;
		}
	});
}

/**
 * What a side allowed for a key it does not list in `properties`: false (the key cannot occur),
 * true (any value), a schema, or 'unknown' when unevaluatedProperties makes it depend on which
 * subschemas declare the key.
 */
function extraFor(s: JsonSchema, k: string, side: 'old' | 'new', ctx: Ctx): Node | 'unknown' {
	if (s.additionalProperties === false) return false;
	if (s.unevaluatedProperties === false) return declaredKeys(s).has(k) ? 'unknown' : false;
	const e = ctx.enclosing;
	if (e && extraOf(s) === true) {
		const closed = side === 'old' ? e.oldClosed : e.newClosed;
		const all = side === 'old' ? e.oldAll : e.newAll;
		const own = side === 'old' ? e.oldOwn : e.newOwn;
		if (closed && !all.has(k)) return false;
		if (own.has(k)) return true;
		return 'unknown';
	}
	return extraOf(s);
}

export function compareObject(
	os: JsonSchema,
	ns: JsonSchema,
	ptr: string[],
	field: string[],
	ctx: Ctx,
	next: Next
) {
	const op = (isObj(os.properties) ? os.properties : {}) as Record<string, Node>;
	const np = (isObj(ns.properties) ? ns.properties : {}) as Record<string, Node>;
	const title = (s: Node, k: string) =>
		isObj(s) && typeof s.title === 'string' ? `${s.title}（${k}）` : k;

	for (const k of Object.keys(np)) {
		const p = [...ptr, 'properties', k];
		const f = [...field, k];
		if (Object.prototype.hasOwnProperty.call(op, k)) {
			next(op[k], np[k], p, f);
			continue;
		}
		if (byPattern(os, k) || byPattern(ns, k)) {
			undecidable(ctx, p.slice(0, -1), f, k, undefined, np[k]);
			continue;
		}
		const name = title(np[k], k);
		const ox = extraFor(os, k, 'old', ctx);
		if (ox === 'unknown') {
			undecidable(ctx, p.slice(0, -1), f, k, undefined, np[k]);
		} else if (ox === false) {
			// Old data never carried the key (the old schema rejected it); new data may.
			add(
				ctx,
				p,
				f,
				'properties',
				'field-added',
				true,
				np[k] === false,
				ctx.t('diff.compat.fieldAdded', { name }),
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
				ctx.t(constrained ? 'diff.compat.fieldAddedOpen' : 'diff.compat.fieldAddedFree', {
					name
				}),
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
		if (byPattern(os, k) || byPattern(ns, k)) {
			undecidable(ctx, p.slice(0, -1), f, k, op[k], undefined);
			continue;
		}
		const name = title(op[k], k);
		const nx = extraFor(ns, k, 'new', ctx);
		if (nx === 'unknown') {
			undecidable(ctx, p.slice(0, -1), f, k, op[k], undefined);
		} else if (nx === false) {
			add(
				ctx,
				p,
				f,
				'properties',
				'field-removed',
				op[k] === false,
				true,
				ctx.t('diff.compat.fieldRemoved', { name }),
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
				ctx.t(constrained ? 'diff.compat.fieldRemovedOpen' : 'diff.compat.fieldRemovedFree', {
					name
				}),
				{ before: op[k] }
			);
		} else {
			next(op[k], nx, p, f);
		}
	}

	const ox = extraOf(os);
	const nx = extraOf(ns);
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
		ctx.t(closing ? 'diff.compat.closed' : 'diff.compat.opened'),
		{ before: ox, after: nx }
	);
}

// --- if / then / else ---------------------------------------------------------------------------

export function compareConditional(
	os: JsonSchema,
	ns: JsonSchema,
	ptr: string[],
	field: string[],
	ctx: Ctx,
	next: Next,
	enclosing?: Enclosing
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
	// under unevaluatedProperties: false, declaring a key also admits it: not just a constraint
	if (
		enclosing &&
		declaresOutside({ if: cond.if, then: cond.then, else: cond.else }, ownBoth(os, ns))
	) {
		undecidable(ctx, ptr, field, 'if', hasO ? os.if : undefined, hasN ? ns.if : undefined);
		return;
	}
	add(
		ctx,
		[...ptr, 'if'],
		field,
		'if',
		hasN ? 'conditional-added' : 'conditional-removed',
		!hasN,
		hasN,
		ctx.t(hasN ? 'diff.compat.conditionalAdded' : 'diff.compat.conditionalRemoved'),
		{ before: hasO ? { if: os.if, then: os.then, else: os.else } : undefined }
	);
}

// --- allOf / anyOf ------------------------------------------------------------------------------

export function compareBranches(
	k: 'allOf' | 'anyOf',
	a: unknown,
	b: unknown,
	ptr: string[],
	field: string[],
	ctx: Ctx,
	next: Next,
	enclosing?: Enclosing,
	own: Set<string> = new Set()
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
	if (
		enclosing &&
		[...oRest.map((i) => ol[i]), ...nRest.map((j) => nl[j])].some((x) => declaresOutside(x, own))
	) {
		undecidable(ctx, ptr, field, k, a, b);
		return;
	}
	const narrowing = k === 'allOf' ? nRest.length > 0 : oRest.length > 0;
	const widening = k === 'allOf' ? oRest.length > 0 : nRest.length > 0 && a !== undefined;
	if (k === 'anyOf' && a === undefined) {
		add(
			ctx,
			[...ptr, k],
			field,
			k,
			'subschema-added',
			false,
			true,
			ctx.t('diff.compat.anyOfAdded')
		);
		return;
	}
	if (k === 'anyOf' && b === undefined) {
		add(
			ctx,
			[...ptr, k],
			field,
			k,
			'subschema-removed',
			true,
			false,
			ctx.t('diff.compat.anyOfRemoved')
		);
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
		ctx.t(narrowing ? 'diff.compat.narrowed' : 'diff.compat.widened', { keyword: k }),
		{ before: a, after: b }
	);
}
