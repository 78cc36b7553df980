// A small JSON Schema interpreter for the conditions a form evaluates while it is being filled in
// (`if`, `oneOf`/`anyOf` branches, dependencies). It exists for pages that cannot compile code at
// runtime (strict CSP): it covers the keywords such conditions use and treats others as satisfied.
import type { JsonSchema } from '$lib/domain/item/types';
import { resolvePointer } from '$lib/domain/pointer';

type S = JsonSchema | boolean;

function typeOk(type: unknown, v: unknown): boolean {
	const one = (t: unknown) => {
		switch (t) {
			case 'null':
				return v === null;
			case 'array':
				return Array.isArray(v);
			case 'object':
				return v !== null && typeof v === 'object' && !Array.isArray(v);
			case 'integer':
				return typeof v === 'number' && Number.isInteger(v);
			default:
				return typeof v === t;
		}
	};
	return Array.isArray(type) ? type.some(one) : one(type);
}

function equal(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

const regexCache = new Map<string, RegExp>();
function regex(p: string): RegExp {
	let r = regexCache.get(p);
	if (!r) regexCache.set(p, (r = new RegExp(p, 'u')));
	return r;
}

// $ref is evaluated (for strict-CSP pages) but not counted as covered: its target is elsewhere.
const KNOWN = new Set([
	'type',
	'const',
	'enum',
	'allOf',
	'anyOf',
	'oneOf',
	'not',
	'if',
	'then',
	'else',
	'minimum',
	'maximum',
	'exclusiveMinimum',
	'exclusiveMaximum',
	'minLength',
	'maxLength',
	'pattern',
	'minItems',
	'maxItems',
	'items',
	'contains',
	'required',
	'properties',
	'dependentRequired',
	'title',
	'description',
	'$comment',
	'default',
	'examples',
	'readOnly',
	'writeOnly',
	'deprecated',
	'$id',
	'$schema',
	'$defs',
	'definitions'
]);
const coveredCache = new WeakMap<object, boolean>();

/** Whether evaluate() decides this schema exactly (every keyword in it is one it implements). */
export function covered(schema: unknown, depth = 0): boolean {
	if (typeof schema !== 'object' || schema === null) return true;
	if (depth > 64) return false;
	const hit = coveredCache.get(schema);
	if (hit !== undefined) return hit;
	let ok = true;
	for (const [k, v] of Object.entries(schema)) {
		if (!KNOWN.has(k) && !k.startsWith('x-')) ok = false;
		else if (k === 'properties' || k === '$defs' || k === 'definitions') {
			ok = Object.values(v as object).every((x) => covered(x, depth + 1));
		} else if (Array.isArray(v) && ['allOf', 'anyOf', 'oneOf'].includes(k)) {
			ok = v.every((x) => covered(x, depth + 1));
		} else if (['not', 'if', 'then', 'else', 'items', 'contains'].includes(k)) {
			ok = covered(v, depth + 1);
		}
		if (!ok) break;
	}
	coveredCache.set(schema, ok);
	return ok;
}

export function evaluate(schema: S, v: unknown, root: JsonSchema, depth = 0): boolean {
	if (typeof schema === 'boolean') return schema;
	if (depth > 64) return true;
	const s = schema as Record<string, unknown>;
	const sub = (x: unknown, val: unknown) => evaluate(x as S, val, root, depth + 1);
	if (typeof s.$ref === 'string' && s.$ref.startsWith('#')) {
		const target = resolvePointer(root, decodeURIComponent(s.$ref.slice(1)));
		if (target !== undefined && !sub(target, v)) return false;
	}
	if (s.type !== undefined && !typeOk(s.type, v)) return false;
	if ('const' in s && !equal(s.const, v)) return false;
	if (Array.isArray(s.enum) && !s.enum.some((e) => equal(e, v))) return false;
	if (Array.isArray(s.allOf) && !s.allOf.every((x) => sub(x, v))) return false;
	if (Array.isArray(s.anyOf) && !s.anyOf.some((x) => sub(x, v))) return false;
	if (Array.isArray(s.oneOf) && s.oneOf.filter((x) => sub(x, v)).length !== 1) return false;
	if (s.not !== undefined && sub(s.not, v)) return false;
	if (s.if !== undefined) {
		const branch = sub(s.if, v) ? s.then : s.else;
		if (branch !== undefined && !sub(branch, v)) return false;
	}
	if (typeof v === 'number') {
		if (typeof s.minimum === 'number' && v < s.minimum) return false;
		if (typeof s.maximum === 'number' && v > s.maximum) return false;
		if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) return false;
		if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) return false;
	}
	if (typeof v === 'string') {
		const len = [...v].length;
		if (typeof s.minLength === 'number' && len < s.minLength) return false;
		if (typeof s.maxLength === 'number' && len > s.maxLength) return false;
		if (typeof s.pattern === 'string' && !regex(s.pattern).test(v)) return false;
	}
	if (Array.isArray(v)) {
		if (typeof s.minItems === 'number' && v.length < s.minItems) return false;
		if (typeof s.maxItems === 'number' && v.length > s.maxItems) return false;
		if (s.items !== undefined && typeof s.items === 'object' && !v.every((x) => sub(s.items, x)))
			return false;
		if (s.contains !== undefined && !v.some((x) => sub(s.contains, x))) return false;
	}
	if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
		const o = v as Record<string, unknown>;
		if (Array.isArray(s.required) && s.required.some((k) => o[k as string] === undefined))
			return false;
		const props = s.properties as Record<string, S> | undefined;
		if (props) {
			for (const [k, ps] of Object.entries(props)) {
				if (o[k] !== undefined && !sub(ps, o[k])) return false;
			}
		}
		const depReq = s.dependentRequired as Record<string, string[]> | undefined;
		if (depReq) {
			for (const [k, needs] of Object.entries(depReq)) {
				if (o[k] !== undefined && needs.some((n) => o[n] === undefined)) return false;
			}
		}
	}
	return true;
}
