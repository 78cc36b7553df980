// Iterative traversal of a JSON Schema's subschemas, so that hostile nesting cannot overflow the
// stack. Only schema positions are visited: a "$ref" inside `const`, `enum` or `default` is data.

/** keywords whose value is one subschema */
export const SINGLE = [
	'items',
	'additionalProperties',
	'unevaluatedProperties',
	'unevaluatedItems',
	'contains',
	'propertyNames',
	'not',
	'if',
	'then',
	'else',
	'additionalItems',
	'contentSchema'
];
/** keywords whose value is an array of subschemas */
export const ARRAY = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** keywords whose value maps names to subschemas */
export const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
/** applicators evaluated against the same instance (no descent into the data) */
const IN_PLACE = new Set([
	'allOf',
	'anyOf',
	'oneOf',
	'not',
	'if',
	'then',
	'else',
	'dependentSchemas'
]);

export interface SchemaNode {
	node: Record<string, unknown>;
	/** pointer tokens from the schema root */
	tokens: string[];
	/** subschema nesting depth (root 0) */
	depth: number;
}

export interface ChildEdge {
	tokens: string[];
	inPlace: boolean;
	/** a definition ($defs) is not evaluated unless referenced */
	definition: boolean;
}

export function isSchemaObject(v: unknown): v is Record<string, unknown> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The subschemas directly below `node`, with their relative tokens. */
export function childSchemas(node: Record<string, unknown>): ChildEdge[] {
	const out: ChildEdge[] = [];
	for (const k of SINGLE) {
		if (isSchemaObject(node[k]))
			out.push({ tokens: [k], inPlace: IN_PLACE.has(k), definition: false });
	}
	for (const k of ARRAY) {
		const v = node[k];
		if (!Array.isArray(v)) continue;
		v.forEach((s, i) => {
			if (isSchemaObject(s))
				out.push({ tokens: [k, String(i)], inPlace: IN_PLACE.has(k), definition: false });
		});
	}
	for (const k of MAP) {
		const v = node[k];
		if (!isSchemaObject(v)) continue;
		for (const name of Object.keys(v)) {
			if (isSchemaObject(v[name]))
				out.push({
					tokens: [k, name],
					inPlace: IN_PLACE.has(k),
					definition: k === '$defs' || k === 'definitions'
				});
		}
	}
	return out;
}

/**
 * Visit every subschema object, depth-first in document order. `visit` may return false to skip a
 * node's children. Nodes deeper than `maxDepth` are not visited; `onTooDeep` hears the first one.
 */
export function walkSchema(
	root: unknown,
	visit: (n: SchemaNode) => boolean | void,
	opts: { maxDepth?: number; onTooDeep?: (n: SchemaNode) => void } = {}
): void {
	if (!isSchemaObject(root)) return;
	const maxDepth = opts.maxDepth ?? Infinity;
	let reportedDeep = false;
	const stack: SchemaNode[] = [{ node: root, tokens: [], depth: 0 }];
	while (stack.length) {
		const cur = stack.pop()!;
		if (cur.depth > maxDepth) {
			if (!reportedDeep) opts.onTooDeep?.(cur);
			reportedDeep = true;
			continue;
		}
		if (visit(cur) === false) continue;
		const kids = childSchemas(cur.node);
		for (let i = kids.length - 1; i >= 0; i--) {
			const k = kids[i];
			let child: unknown = cur.node;
			for (const t of k.tokens) child = (child as Record<string, unknown>)[t];
			stack.push({
				node: child as Record<string, unknown>,
				tokens: [...cur.tokens, ...k.tokens],
				depth: cur.depth + 1
			});
		}
	}
}
