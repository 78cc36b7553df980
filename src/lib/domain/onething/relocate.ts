// Carrying a condition written over one member's form over to the merged form of a one-thing.
// In the merged form a member's own fields sit under its section (`<code>`) and its shared fields
// under `shared.<key>`; slicing puts them back (slice.ts), creating the objects that hold shared
// fields. A condition in the shapes the condition builder writes (BUNDLE.md: `properties` and
// `required` nesting, comparisons at a field, allOf / anyOf / not) is rewritten path by path;
// anything else at a level holding shared fields cannot be carried over and is reported.
import type { JsonSchema } from '../item/types';
import type { SchemaNode } from '../compile/schema-walk';

export class RelocateError extends Error {}

export interface PathMap {
	/** member path (joined with NUL) → merged path of the shared field */
	shared: Map<string, string[]>;
	/** the member's section in the merged form, e.g. ['<code>'] */
	section: string[];
}

const J = (p: readonly string[]) => p.join('\u0000');
const ANNOTATIONS = new Set([
	'title',
	'description',
	'$comment',
	'examples',
	'default',
	'deprecated'
]);

export function mapPath(map: PathMap, path: readonly string[]): string[] {
	for (let n = path.length; n > 0; n--) {
		const target = map.shared.get(J(path.slice(0, n)));
		if (target) return [...target, ...path.slice(n)];
	}
	return [...map.section, ...path];
}

/** true when `path` is an object holding a shared field (always created by slicing) */
export function holdsShared(map: PathMap, path: readonly string[]): boolean {
	if (path.length === 0) return true;
	const prefix = J(path) + '\u0000';
	for (const key of map.shared.keys()) if (key.startsWith(prefix)) return true;
	return false;
}

/** `schema` applied at `path` when the value there is present (no `required`). */
export function at(path: readonly string[], schema: SchemaNode): SchemaNode {
	let node = schema;
	for (let i = path.length - 1; i >= 0; i--) node = { properties: { [path[i]]: node } };
	return node;
}

/** the value at `path` is present */
export function exists(path: readonly string[]): JsonSchema {
	let node: JsonSchema = {};
	for (let i = path.length - 1; i >= 0; i--)
		node = { properties: { [path[i]]: node }, required: [path[i]] };
	return node;
}

function conj(parts: SchemaNode[]): SchemaNode {
	const kept = parts.filter(
		(p) => p !== true && !(typeof p === 'object' && Object.keys(p).length === 0)
	);
	if (kept.some((p) => p === false)) return false;
	if (kept.length === 0) return true;
	if (kept.length === 1) return kept[0];
	return { allOf: kept };
}

/** The condition `node`, written at member path `path`, as a condition over the merged form. */
export function relocate(node: SchemaNode, map: PathMap, path: string[] = []): SchemaNode {
	if (typeof node === 'boolean') return node;
	const structural = holdsShared(map, path);
	if (!structural) return at(mapPath(map, path), node);
	const parts: SchemaNode[] = [];
	for (const [k, v] of Object.entries(node)) {
		if (ANNOTATIONS.has(k) || k === 'then' || k === 'else') continue;
		switch (k) {
			case 'allOf':
			case 'anyOf':
			case 'oneOf':
				parts.push({ [k]: (v as SchemaNode[]).map((e) => relocate(e, map, path)) });
				break;
			case 'not':
				parts.push({ not: relocate(v as SchemaNode, map, path) });
				break;
			case 'if': {
				const entry: JsonSchema = { if: relocate(v as SchemaNode, map, path) };
				if (node.then !== undefined) entry.then = relocate(node.then as SchemaNode, map, path);
				if (node.else !== undefined) entry.else = relocate(node.else as SchemaNode, map, path);
				parts.push(entry);
				break;
			}
			case 'properties':
				for (const [p, sub] of Object.entries(v as Record<string, SchemaNode>))
					parts.push(relocate(sub, map, [...path, p]));
				break;
			case 'required':
				for (const p of v as string[]) {
					const child = [...path, p];
					// objects holding shared fields always exist in the member's slice
					if (!holdsShared(map, child)) parts.push(exists(mapPath(map, child)));
				}
				break;
			case 'type':
				if (v !== 'object') throw new RelocateError(`type ${JSON.stringify(v)}`);
				break;
			default:
				throw new RelocateError(k);
		}
	}
	return conj(parts);
}
