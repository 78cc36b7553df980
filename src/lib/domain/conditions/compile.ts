// Condition → JSON Schema 2020-12, with standard keywords only. A comparison nests its test under the
// field's path with `required` at every level, so a missing field never satisfies a test by
// accident (an absent section makes "section.x equals 1" false, not vacuously true):
//   equals   { properties: { a: { properties: { b: { const: V } }, required: [b] } }, required: [a] }
//   filled   the same with no test at the leaf; empty / notEquals: `not` of filled / equals
// AND is `allOf`, OR is `anyOf`; a group of one is the comparison itself, which is exactly the shape
// older builders wrote ("show when X equals V"), so those conditions read back as a group of one.
import type { JsonSchema } from '../item/types';
import { datePattern } from './date-pattern';
import { isComparison, isGroup, type Comparison, type Condition } from './types';

/** Syntax characters of a regular expression (the ones a `u`-flag pattern lets us escape). */
const SYNTAX = /[\\^$.*+?()[\]{}|]/g;
export const escapePattern = (text: string) => text.replace(SYNTAX, '\\$&');

/** Nest `leaf` under `path`: `properties` and `required` at every level. */
export function nestUnder(path: readonly string[], leaf: JsonSchema | undefined): JsonSchema {
	if (path.length === 0) throw new RangeError('a comparison needs a field');
	if (path.includes('*')) throw new RangeError('a condition cannot read inside a repeating group');
	const [head, ...rest] = path;
	if (rest.length === 0) {
		return leaf ? { properties: { [head]: leaf }, required: [head] } : { required: [head] };
	}
	return { properties: { [head]: nestUnder(rest, leaf) }, required: [head] };
}

function leafOf(c: Comparison): JsonSchema | undefined {
	const v = c.value;
	switch (c.op) {
		case 'equals':
		case 'notEquals':
			return { const: v };
		case 'oneOf':
			return { enum: Array.isArray(v) ? [...v] : [v] };
		case 'contains':
			return { type: 'string', pattern: escapePattern(String(v ?? '')) };
		case 'includes':
			return { type: 'array', contains: { const: v } };
		case 'gt':
			return { type: 'number', exclusiveMinimum: Number(v) };
		case 'gte':
			return { type: 'number', minimum: Number(v) };
		case 'lt':
			return { type: 'number', exclusiveMaximum: Number(v) };
		case 'lte':
			return { type: 'number', maximum: Number(v) };
		case 'dateBefore':
			return { type: 'string', pattern: datePattern(String(v), 'before') };
		case 'dateAfter':
			return { type: 'string', pattern: datePattern(String(v), 'after') };
		case 'filled':
		case 'empty':
			return undefined;
	}
}

/** The JSON Schema that holds exactly when the condition does, over the object it is placed on. */
export function compileCondition(c: Condition): JsonSchema {
	if (isComparison(c)) {
		const test = nestUnder(c.field, leafOf(c));
		return c.op === 'notEquals' || c.op === 'empty' ? { not: test } : test;
	}
	if (isGroup(c)) {
		if (c.parts.length === 0) throw new RangeError('an empty group');
		if (c.parts.length === 1) return compileCondition(c.parts[0]);
		return { [c.all ? 'allOf' : 'anyOf']: c.parts.map(compileCondition) };
	}
	return { not: compileCondition(c.not) };
}

/** Every field path a condition reads. */
export function conditionFieldsOf(c: Condition): string[][] {
	if (isComparison(c)) return [c.field];
	if (isGroup(c)) return c.parts.flatMap(conditionFieldsOf);
	return conditionFieldsOf(c.not);
}
