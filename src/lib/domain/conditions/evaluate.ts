// Whether a condition holds for some data, by the same rules a JSON Schema validator applies to the
// compiled schema (a test checks the two agree on random data): `required` and `properties` only
// constrain objects, `type: number` accepts integers, patterns are Unicode regular expressions.
import { compileCondition } from './compile';
import { isComparison, isGroup, type Comparison, type Condition } from './types';
import { datePattern } from './date-pattern';
import { escapePattern } from './compile';
import { jsonEqual } from './json-equal';
import { isObj } from '../plain-object';

export { jsonEqual };

// a condition is evaluated on every keystroke: build each pattern once
const compiled = new Map<string, RegExp>();
function regexOf(pattern: string): RegExp {
	let re = compiled.get(pattern);
	if (!re) {
		if (compiled.size > 256) compiled.clear();
		compiled.set(pattern, (re = new RegExp(pattern, 'u')));
	}
	return re;
}
const patternTest = (pattern: string, v: unknown) =>
	typeof v === 'string' && regexOf(pattern).test(v);
const datePatterns = new Map<string, string>();
function cachedDatePattern(date: string, side: 'before' | 'after'): string {
	const key = side + date;
	let p = datePatterns.get(key);
	if (p === undefined) {
		if (datePatterns.size > 256) datePatterns.clear();
		datePatterns.set(key, (p = datePattern(date, side)));
	}
	return p;
}

function leafHolds(c: Comparison, v: unknown): boolean {
	const n = Number(c.value);
	const num = typeof v === 'number';
	switch (c.op) {
		case 'equals':
		case 'notEquals':
			return jsonEqual(v, c.value);
		case 'oneOf':
			return (Array.isArray(c.value) ? c.value : [c.value]).some((x) => jsonEqual(v, x));
		case 'contains':
			return patternTest(escapePattern(String(c.value ?? '')), v);
		case 'includes':
			return Array.isArray(v) && v.some((x) => jsonEqual(x, c.value));
		case 'gt':
			return num && v > n;
		case 'gte':
			return num && v >= n;
		case 'lt':
			return num && v < n;
		case 'lte':
			return num && v <= n;
		case 'dateBefore':
			return patternTest(cachedDatePattern(String(c.value), 'before'), v);
		case 'dateAfter':
			return patternTest(cachedDatePattern(String(c.value), 'after'), v);
		case 'filled':
		case 'empty':
			return true;
	}
}

function comparisonHolds(c: Comparison, data: unknown): boolean {
	// the nesting: at each level the value must be an object with the key; anything else that is
	// not an object satisfies `properties`/`required` vacuously, as in JSON Schema
	let cur = data;
	for (const key of c.field) {
		if (!isObj(cur)) return true;
		if (!Object.prototype.hasOwnProperty.call(cur, key)) return false;
		cur = cur[key];
	}
	return leafHolds(c, cur);
}

export function conditionHolds(c: Condition, data: unknown): boolean {
	if (isComparison(c)) {
		const held = comparisonHolds(c, data);
		return c.op === 'notEquals' || c.op === 'empty' ? !held : held;
	}
	if (isGroup(c)) {
		return c.all
			? c.parts.every((p) => conditionHolds(p, data))
			: c.parts.some((p) => conditionHolds(p, data));
	}
	return !conditionHolds(c.not, data);
}

export { compileCondition };
