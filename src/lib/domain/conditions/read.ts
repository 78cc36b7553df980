// JSON Schema → Condition, for exactly the shapes `compile.ts` writes (key for key, nothing extra).
// Anything else is "not expressible": the builder shows it read-only and leaves it as it is, so a
// hand-written condition is never rewritten into something it did not say.
import { escapePattern } from './compile';
import { readDatePattern } from './date-pattern';
import type { Comparison, ComparisonOp, Condition } from './types';
import { isObj, type Obj } from '../plain-object';

const keysAre = (o: Obj, ...keys: string[]) =>
	Object.keys(o).sort().join(',') === [...keys].sort().join(',');
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A test at the leaf of a nesting, as (op, value). */
function readLeaf(leaf: Obj): { op: ComparisonOp; value: unknown } | undefined {
	if (keysAre(leaf, 'const')) return { op: 'equals', value: leaf.const };
	if (keysAre(leaf, 'enum') && Array.isArray(leaf.enum)) return { op: 'oneOf', value: leaf.enum };
	if (keysAre(leaf, 'type', 'contains') && leaf.type === 'array') {
		const c = leaf.contains;
		if (isObj(c) && keysAre(c, 'const')) return { op: 'includes', value: c.const };
		return undefined;
	}
	if (
		keysAre(leaf, 'type', 'pattern') &&
		leaf.type === 'string' &&
		typeof leaf.pattern === 'string'
	) {
		const date = readDatePattern(leaf.pattern);
		if (date) return { op: date.side === 'before' ? 'dateBefore' : 'dateAfter', value: date.date };
		const text = leaf.pattern.replace(/\\(.)/g, '$1');
		if (escapePattern(text) === leaf.pattern) return { op: 'contains', value: text };
		return undefined;
	}
	if (leaf.type === 'number' && Object.keys(leaf).length === 2) {
		for (const [k, op] of [
			['exclusiveMinimum', 'gt'],
			['minimum', 'gte'],
			['exclusiveMaximum', 'lt'],
			['maximum', 'lte']
		] as const) {
			if (k in leaf && isNumber(leaf[k])) return { op, value: leaf[k] };
		}
	}
	return undefined;
}

/** A nesting of `properties`/`required` down to one field, with or without a test at its end. */
function readNested(node: unknown, path: string[]): Comparison | undefined {
	if (!isObj(node) || !Array.isArray(node.required) || node.required.length !== 1) return undefined;
	const name = node.required[0];
	if (typeof name !== 'string' || name === '*') return undefined;
	const here = [...path, name];
	if (keysAre(node, 'required')) return { field: here, op: 'filled' };
	if (!keysAre(node, 'properties', 'required') || !isObj(node.properties)) return undefined;
	if (!keysAre(node.properties, name)) return undefined;
	const child = node.properties[name];
	if (!isObj(child)) return undefined;
	const leaf = readLeaf(child);
	if (leaf) return { field: here, op: leaf.op, value: leaf.value };
	return readNested(child, here);
}

/** The condition a schema says, when it is one the compiler writes; undefined otherwise. */
export function readCondition(schema: unknown, depth = 0): Condition | undefined {
	if (!isObj(schema) || depth > 32) return undefined;
	if (keysAre(schema, 'not')) {
		const inner = readCondition(schema.not, depth + 1);
		if (!inner) return undefined;
		if ('op' in inner && inner.op === 'equals') return { ...inner, op: 'notEquals' };
		if ('op' in inner && inner.op === 'filled') return { field: inner.field, op: 'empty' };
		return { not: inner };
	}
	for (const k of ['allOf', 'anyOf'] as const) {
		if (!keysAre(schema, k)) continue;
		const list = schema[k];
		if (!Array.isArray(list) || list.length < 2) return undefined;
		const parts = list.map((p) => readCondition(p, depth + 1));
		if (parts.some((p) => p === undefined)) return undefined;
		return { all: k === 'allOf', parts: parts as Condition[] };
	}
	return readNested(schema, []);
}
