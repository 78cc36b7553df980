// Shared state and reporting for the compatibility walk.
import type { Locale, Translate } from '../../i18n';
import { pointer as buildPointer, resolvePointer } from '../../pointer';
import type { compatMessages } from '../messages/compat';
import type { CompatChange, CompatCode, JsonSchema } from './types';
import { CONTAINERS, isAnnotation } from './keywords';

export type Node = JsonSchema | boolean;

export interface Ctx {
	oldRoot: Node;
	newRoot: Node;
	out: CompatChange[];
	/** $ref pairs on the current walk: a pair met again is assumed related as the first time */
	refStack: Set<string>;
	/** whether $defs are unchanged: only then is a subtree with equal $ref strings really equal */
	defsSame: boolean;
	/**
	 * set while walking in-place subschemas (allOf, then, …) of an object closed with
	 * `unevaluatedProperties: false`: a key no subschema declares cannot occur in valid data there
	 */
	enclosing?: Enclosing;
	locale?: Locale;
	/** the reasons' language */
	t: Translate<(typeof compatMessages)['zh-CN']>;
}

export const MAX_DEPTH = 96;

export interface Enclosing {
	oldClosed: boolean;
	newClosed: boolean;
	/** keys of the closed object's own `properties` */
	oldOwn: Set<string>;
	newOwn: Set<string>;
	/** keys declared anywhere in it, in-place subschemas included */
	oldAll: Set<string>;
	newAll: Set<string>;
}

const IN_PLACE = ['allOf', 'anyOf', 'oneOf'];
const IN_PLACE_ONE = ['if', 'then', 'else', 'not'];

/** property names declared by a schema and its in-place subschemas (same instance location) */
export function declaredKeys(s: unknown, out = new Set<string>(), depth = 0): Set<string> {
	if (!isObj(s) || depth > 32) return out;
	if (isObj(s.properties)) for (const k of Object.keys(s.properties)) out.add(k);
	for (const k of IN_PLACE)
		if (Array.isArray(s[k])) for (const b of s[k] as unknown[]) declaredKeys(b, out, depth + 1);
	for (const k of IN_PLACE_ONE) declaredKeys(s[k], out, depth + 1);
	if (isObj(s.dependentSchemas))
		for (const b of Object.values(s.dependentSchemas)) declaredKeys(b, out, depth + 1);
	return out;
}

export function ownKeys(s: JsonSchema): Set<string> {
	return new Set(isObj(s.properties) ? Object.keys(s.properties) : []);
}

/** a subschema that declares a key outside the object's own properties changes what is evaluated */
export function declaresOutside(branch: unknown, own: Set<string>): boolean {
	for (const k of declaredKeys(branch)) if (!own.has(k)) return true;
	return false;
}
/** compares a pair of subschemas one level down */
export type Next = (a: Node, b: Node, p: string[], f: string[]) => void;

export function isObj(x: unknown): x is JsonSchema {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function same(a: unknown, b: unknown): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** equal text is equal meaning unless a $ref inside points at a definition that changed */
export function identical(a: unknown, b: unknown, ctx: Ctx): boolean {
	if (a === b) return true;
	const ta = JSON.stringify(a);
	return ta === JSON.stringify(b) && (ctx.defsSame || !ta.includes('"$ref"'));
}

/** an unconstrained schema: true, {} or only annotations */
export function acceptsAll(s: unknown): boolean {
	if (s === true || s === undefined) return true;
	if (!isObj(s)) return false;
	return Object.keys(s).every((k) => isAnnotation(k) || CONTAINERS.has(k));
}

/** follow local $refs (siblings of $ref are conjunctive in 2020-12; merged when they do not clash) */
export function deref(node: Node, root: Node): { node: Node; refs: string[] } {
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

export function add(
	ctx: Ctx,
	ptr: string[],
	field: string[],
	keyword: string,
	code: CompatCode,
	backward: boolean,
	forward: boolean,
	reason: string,
	extra: Partial<CompatChange> = {}
) {
	ctx.out.push({
		pointer: buildPointer(...ptr),
		field: field.join('.'),
		keyword,
		backward,
		forward,
		code,
		reason,
		...extra
	});
}

export function undecidable(
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
		ctx.t('diff.compat.undecidable', { keyword }),
		{ before: o, after: n }
	);
}
