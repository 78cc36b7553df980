// From the form builder's path (the keys of sections and groups down to a field) to the field's
// data path (a repeating group's entries are '*'), which conditions and calculations speak.
import type { JsonSchema } from '$lib/domain/item';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function dataPathOf(schema: JsonSchema, builderPath: readonly string[]): string[] {
	const out: string[] = [];
	let node: unknown = schema;
	builderPath.forEach((key, i) => {
		out.push(key);
		const props = isObj(node) && isObj(node.properties) ? node.properties : {};
		node = props[key];
		// a repeating group of objects: its fields are in each entry
		if (i < builderPath.length - 1 && isObj(node) && node.type === 'array' && isObj(node.items)) {
			out.push('*');
			node = node.items;
		}
	});
	return out;
}

/** The repeating group entry a data path is in ('a', '*' for a.*.b), or [] outside any group. */
export function groupOf(path: readonly string[]): string[] {
	const star = path.lastIndexOf('*');
	return star < 0 ? [] : path.slice(0, star + 1);
}
