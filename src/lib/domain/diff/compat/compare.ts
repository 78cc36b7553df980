// compareSchemas: walk two JSON Schemas (2020-12) in parallel by property path and judge every
// difference with a keyword rule. No library judges 2020-12 subschema relations, and the general
// problem is undecidable, so each rule is sound in the direction it claims and anything it cannot
// prove is reported as breaking both ways with the reason "无法判定" rather than guessed.
import type { CompatResult, JsonSchema } from './types';
import { CONTAINERS, LOWER_BOUNDS, UPPER_BOUNDS, isAnnotation } from './keywords';
import { bumpOf, verdictOf } from './verdict';
import { translator, type Locale } from '../../i18n';
import { compatMessages } from '../messages/compat';
import { keywordName } from '../messages/keywords';
import {
	acceptsAll,
	add,
	deref,
	identical,
	isObj,
	same,
	undecidable,
	declaredKeys,
	ownKeys,
	MAX_DEPTH,
	type Ctx,
	type Enclosing,
	type Next,
	type Node
} from './context';
import {
	compareBound,
	compareEnum,
	compareMultipleOf,
	compareStringRule,
	compareType
} from './rules-values';
import {
	compareBranches,
	compareConditional,
	compareObject,
	compareRequired,
	ownBoth
} from './rules-objects';

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
		locale: opts.locale,
		t: withKeywordNames(translator(compatMessages, opts.locale), opts.locale)
	};
	walk(oldSchema, newSchema, [], [], ctx, 0);
	const verdict = verdictOf(ctx.out);
	return { verdict, bump: bumpOf(verdict, ctx.out), changes: ctx.out };
}

/** Reasons name keywords in the reviewer's words; the change itself keeps the raw `keyword`. */
function withKeywordNames(t: Ctx['t'], locale: Locale | undefined): Ctx['t'] {
	return ((key: Parameters<Ctx['t']>[0], params?: Record<string, string | number>) =>
		(t as (k: string, p?: Record<string, string | number>) => string)(
			key,
			params && typeof params.keyword === 'string'
				? { ...params, keyword: keywordName(params.keyword, locale) }
				: params
		)) as Ctx['t'];
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
		add(ctx, ptr, field, 'false', 'schema-false', false, true, ctx.t('diff.compat.rejectsAll'));
		return;
	}
	if (o === false) {
		add(ctx, ptr, field, 'false', 'schema-true', true, false, ctx.t('diff.compat.acceptsSome'));
		return;
	}
	const os: JsonSchema = o === true ? {} : o;
	const ns: JsonSchema = n === true ? {} : n;
	const handled = new Set<string>();
	const closedHere = os.unevaluatedProperties === false || ns.unevaluatedProperties === false;
	const enclosing: Enclosing | undefined = closedHere
		? {
				oldClosed: os.unevaluatedProperties === false,
				newClosed: ns.unevaluatedProperties === false,
				oldOwn: ownKeys(os),
				newOwn: ownKeys(ns),
				oldAll: declaredKeys(os),
				newAll: declaredKeys(ns)
			}
		: ctx.enclosing;
	const within =
		(scope: Enclosing | undefined): Next =>
		(a, b, p, f) => {
			const saved = ctx.enclosing;
			ctx.enclosing = scope;
			try {
				walk(a, b, p, f, ctx, depth + 1);
			} finally {
				ctx.enclosing = saved;
			}
		};
	// child instances (properties, items) start afresh; in-place subschemas share the closure
	const next = within(undefined);
	const inPlace = within(enclosing);

	compareType(os, ns, ptr, field, ctx);
	handled.add('type');
	if (compareEnum(os, ns, ptr, field, ctx)) {
		handled.add('enum').add('const').add('oneOf').add('anyOf');
	}
	compareRequired(os, ns, ptr, field, ctx);
	handled.add('required');
	compareObject(os, ns, ptr, field, ctx, next);
	for (const k of ['properties', 'additionalProperties', 'unevaluatedProperties']) handled.add(k);
	compareConditional(os, ns, ptr, field, ctx, inPlace, enclosing);
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
				ctx.t('diff.compat.annotation', { keyword: k }),
				{ annotation: true, before: a, after: b }
			);
		} else if (LOWER_BOUNDS.has(k) || UPPER_BOUNDS.has(k)) {
			compareBound(k, a, b, ptr, field, ctx);
		} else if (k === 'items' || k === 'additionalItems' || k === 'unevaluatedItems') {
			if (acceptsAll(a) && acceptsAll(b)) continue;
			next((a ?? true) as Node, (b ?? true) as Node, [...ptr, k], [...field, '*']);
		} else if (k === 'patternProperties' || k === 'prefixItems') {
			// both interact with a sibling (additionalProperties / items): adding one may open as
			// well as constrain, so no direction is claimed
			undecidable(ctx, ptr, field, k, a, b);
		} else if (k === 'allOf' || k === 'anyOf') {
			compareBranches(k, a, b, ptr, field, ctx, inPlace, enclosing, ownBoth(os, ns));
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
				ctx.t(tighter ? 'diff.compat.uniqueAdded' : 'diff.compat.uniqueRemoved'),
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
				ctx.t('diff.compat.constraintAdded', { keyword: k }),
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
				ctx.t('diff.compat.constraintRemoved', { keyword: k }),
				{ before: a }
			);
		} else {
			undecidable(ctx, ptr, field, k, a, b);
		}
	}
}
