// Small helpers over schema nodes shared by the field and material merges and the acceptance
// schemas: plain-object checks, annotations stripped before comparing, allOf / anyOf folded.
import type { SchemaNode } from '../compile/schema-walk';
import type { JsonSchema } from '../item/types';

export { isObj, type Obj } from '../plain-object';
export const clone = <T>(v: T): T => structuredClone(v);
const ANNOTATIONS = [
	'title',
	'description',
	'default',
	'examples',
	'$comment',
	'readOnly',
	'deprecated'
];

/** The schema without its annotations, so schemas saying the same compare equal. */
export function stripAnnotations(s: JsonSchema): JsonSchema {
	const out = { ...s };
	for (const k of ANNOTATIONS) delete out[k];
	return out;
}

export function anyOfNodes(nodes: SchemaNode[]): SchemaNode {
	if (nodes.some((n) => n === true)) return true;
	const kept = nodes.filter((n) => n !== false);
	if (kept.length === 0) return false;
	return kept.length === 1 ? kept[0] : { anyOf: kept };
}
export function allOfNodes(nodes: SchemaNode[]): SchemaNode {
	if (nodes.some((n) => n === false)) return false;
	const kept = nodes.filter((n) => n !== true);
	if (kept.length === 0) return true;
	return kept.length === 1 ? kept[0] : { allOf: kept };
}
