// Structural rewriting of JSON Schema (2020-12) trees. Compile needs several passes over the authored
// form schema (patterns beside formats, format stripping, $ref rebasing, canonical key order).
import type { JsonSchema } from '../item/types';
import { ARRAY, isSchemaObject, MAP, SINGLE } from '../item/schema-walk';

export type SchemaNode = JsonSchema | boolean;

// Which keywords hold subschemas is known once, in the item module's traversal.
const SCHEMA_MAPS = new Set(MAP);
const SCHEMA_ARRAYS = new Set(ARRAY);
const SCHEMA_SINGLES = new Set(SINGLE);

export { isSchemaObject };

/** Deep copy of plain JSON data with object keys sorted, so equal data serialises identically. */
export function sortedData(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortedData);
	if (isSchemaObject(value)) {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			if (value[key] !== undefined) out[key] = sortedData(value[key]);
		}
		return out;
	}
	return value;
}

/**
 * Rebuild a schema bottom-up: every subschema is rewritten first, then `visit` sees the node with
 * its rewritten children. Non-schema values (enum, const, default, …) are deep-copied untouched.
 * Depth is bounded because authored schemas are untrusted input.
 */
export function mapSchema(
	node: SchemaNode,
	visit: (node: JsonSchema) => SchemaNode,
	maxDepth = 128
): SchemaNode {
	const walk = (n: SchemaNode, depth: number): SchemaNode => {
		if (!isSchemaObject(n)) return n;
		if (depth > maxDepth) throw new RangeError('schema nested too deeply');
		const out: JsonSchema = {};
		for (const [key, value] of Object.entries(n)) {
			if (value === undefined) continue;
			if (SCHEMA_MAPS.has(key) && isSchemaObject(value)) {
				const map: JsonSchema = {};
				for (const [name, child] of Object.entries(value)) {
					map[name] = walk(child as SchemaNode, depth + 1);
				}
				out[key] = map;
			} else if (SCHEMA_ARRAYS.has(key) && Array.isArray(value)) {
				out[key] = value.map((child) => walk(child as SchemaNode, depth + 1));
			} else if (SCHEMA_SINGLES.has(key) && (isSchemaObject(value) || typeof value === 'boolean')) {
				out[key] = walk(value as SchemaNode, depth + 1);
			} else {
				out[key] = structuredCloneJson(value);
			}
		}
		return visit(out);
	};
	return walk(node, 0);
}

function structuredCloneJson(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(structuredCloneJson);
	if (isSchemaObject(value)) {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = structuredCloneJson(v);
		return out;
	}
	return value;
}

/** Keywords printed first, in this order; everything else follows alphabetically. */
const LEADING_KEYWORDS = ['$schema', '$id', '$ref', 'title', 'description', 'type'];

/**
 * Canonical key order for a schema tree: leading keywords first, the rest sorted, data sorted.
 * `properties` keeps its authored order because it is the field order applicants see.
 */
export function canonicalSchema(node: SchemaNode): SchemaNode {
	return mapSchema(node, (n) => {
		const keys = Object.keys(n);
		const leading = LEADING_KEYWORDS.filter((k) => k in n);
		const rest = keys.filter((k) => !LEADING_KEYWORDS.includes(k)).sort();
		const out: JsonSchema = {};
		for (const key of [...leading, ...rest]) {
			const value = n[key];
			if (key === 'properties' || SCHEMA_ARRAYS.has(key) || SCHEMA_SINGLES.has(key)) {
				out[key] = value;
			} else if (SCHEMA_MAPS.has(key) && isSchemaObject(value)) {
				const map: JsonSchema = {};
				for (const name of Object.keys(value).sort()) map[name] = value[name];
				out[key] = map;
			} else {
				out[key] = sortedData(value);
			}
		}
		return out;
	});
}

/**
 * Move a schema under a new location of a larger document: local JSON-pointer `$ref`s
 * ('#/$defs/x') are prefixed so they still point at the same subschema ('#/properties/form/$defs/x').
 */
export function rebaseRefs(node: SchemaNode, prefix: string): SchemaNode {
	return mapSchema(node, (n) => {
		for (const key of ['$ref', '$dynamicRef']) {
			const ref = n[key];
			if (typeof ref === 'string' && (ref === '#' || ref.startsWith('#/'))) {
				n[key] = '#' + prefix + ref.slice(1);
			}
		}
		return n;
	});
}
