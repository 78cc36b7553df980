// Regex checks for form patterns. Portals and the server validate submissions with these patterns,
// so one that backtracks catastrophically lets a single crafted submission stall them.
import { isSafePattern } from 'redos-detector';
import type { JsonSchema } from '../item/types';
import { escapeToken } from '../pointer';
import type { FormPattern, PatternVerdict } from './types';

// Steps are the deterministic bound; the timeout is only a last guard so lint can never hang on a
// pathological pattern. Everyday patterns (ID card, phone, postcode) finish in a few hundred steps.
const MAX_STEPS = 2000;
const TIMEOUT_MS = 1000;

// Patterns repeat across fields and across the designer's re-lints, so verdicts are memoised.
// Bounded so a long editing session cannot grow it without limit.
const CACHE_LIMIT = 1000;
const cache = new Map<string, PatternVerdict>();

function analyse(pattern: string): PatternVerdict {
	try {
		// ajv compiles `pattern` with the `u` flag (unicodeRegExp), so validity is judged the same way.
		new RegExp(pattern, 'u');
	} catch (e) {
		return { invalid: e instanceof Error ? e.message : String(e) };
	}
	try {
		const result = isSafePattern(pattern, {
			unicode: true,
			maxSteps: MAX_STEPS,
			timeout: TIMEOUT_MS
		});
		if (result.safe) return {};
		if (result.error === 'hitMaxSteps' || result.error === 'timedOut') return { undecided: true };
		return { unsafe: true };
	} catch {
		// the detector's parser rejects some valid syntax; we cannot vouch for such a pattern
		return { undecided: true };
	}
}

export function checkPattern(pattern: string): PatternVerdict {
	const hit = cache.get(pattern);
	if (hit) return hit;
	const verdict = analyse(pattern);
	if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
	cache.set(pattern, verdict);
	return verdict;
}

const SCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_SINGLES = [
	'items',
	'additionalProperties',
	'unevaluatedProperties',
	'unevaluatedItems',
	'contains',
	'propertyNames',
	'not',
	'if',
	'then',
	'else'
];

const isObject = (v: unknown): v is JsonSchema =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every regex in a schema, at any depth: `pattern` values and `patternProperties` keys. Walks only
 * schema keywords, so a `default` or `examples` value that happens to hold a `pattern` key is not
 * mistaken for one. `base` is the pointer of the schema inside the item document.
 */
export function collectPatterns(schema: JsonSchema, base: string, maxDepth = 64): FormPattern[] {
	const out: FormPattern[] = [];
	const walk = (node: JsonSchema, ptr: string, depth: number) => {
		if (depth > maxDepth) return;
		if (typeof node.pattern === 'string') {
			out.push({ pointer: ptr + '/pattern', pattern: node.pattern, asKey: false });
		}
		for (const key of SCHEMA_MAPS) {
			const map = node[key];
			if (!isObject(map)) continue;
			for (const [name, child] of Object.entries(map)) {
				const childPtr = `${ptr}/${key}/${escapeToken(name)}`;
				if (key === 'patternProperties')
					out.push({ pointer: childPtr, pattern: name, asKey: true });
				if (isObject(child)) walk(child, childPtr, depth + 1);
			}
		}
		for (const key of SCHEMA_LISTS) {
			const list = node[key];
			if (!Array.isArray(list)) continue;
			list.forEach((child, i) => {
				if (isObject(child)) walk(child, `${ptr}/${key}/${i}`, depth + 1);
			});
		}
		for (const key of SCHEMA_SINGLES) {
			const child = node[key];
			if (isObject(child)) walk(child, `${ptr}/${key}`, depth + 1);
		}
	};
	if (isObject(schema)) walk(schema, base, 0);
	return out;
}
