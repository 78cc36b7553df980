// The inventory of an application form's fields, shared by validation (material conditions), lint,
// diff, the condition builder and the designer, so that "which fields exist" is decided once.
import type { JsonSchema } from './types';
import { pointer } from '../pointer';

export interface FormField {
	/** pointer into the form schema, e.g. /properties/applicant/properties/name */
	schemaPointer: string;
	/** data path tokens; array items are '*' (e.g. ['shareholders', '*', 'name']) */
	path: string[];
	/** dotted path for people and conditions: 'applicant.name' */
	key: string;
	title?: string;
	type?: string;
	format?: string;
	enum?: unknown[];
	/** listed in its parent object's `required` */
	required: boolean;
	/** an object with properties (a section) */
	section: boolean;
	/** an array (repeating group) */
	array: boolean;
	depth: number;
}

function typeOf(schema: JsonSchema): string | undefined {
	const t = schema.type;
	if (typeof t === 'string') return t;
	if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
	if (schema.properties) return 'object';
	return undefined;
}

function enumOf(schema: JsonSchema): unknown[] | undefined {
	if (Array.isArray(schema.enum)) return schema.enum;
	const alts = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
	if (Array.isArray(alts) && alts.length && alts.every((a) => a && 'const' in a)) {
		return alts.map((a) => a.const);
	}
	return undefined;
}

/** List every field (sections and arrays included) in document order. Depth-first, bounded. */
export function listFormFields(schema: JsonSchema, maxDepth = 64): FormField[] {
	const out: FormField[] = [];
	const walk = (node: JsonSchema, ptr: string[], path: string[], depth: number) => {
		if (depth > maxDepth) return;
		const props = (
			node.properties && typeof node.properties === 'object' ? node.properties : {}
		) as Record<string, JsonSchema>;
		const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
		const entries: [string, JsonSchema, string[], boolean][] = Object.entries(props).map(
			([name, child]) => [name, child, [...ptr, 'properties', name], required.has(name)]
		);
		// Fields that exist only under a condition (the form builder's encoding: a typed schema in
		// allOf[i].then.properties, absent from the object's own properties) are fields too.
		const seen = new Set(Object.keys(props));
		(Array.isArray(node.allOf) ? node.allOf : []).forEach((rule: unknown, i: number) => {
			const then = (rule as JsonSchema | null)?.then as JsonSchema | undefined;
			const tprops = then?.properties as Record<string, JsonSchema> | undefined;
			if (!tprops || typeof tprops !== 'object') return;
			const treq = new Set(Array.isArray(then?.required) ? (then.required as string[]) : []);
			for (const [name, child] of Object.entries(tprops)) {
				if (seen.has(name) || !child || typeof child !== 'object' || !('type' in child)) continue;
				seen.add(name);
				entries.push([
					name,
					child,
					[...ptr, 'allOf', String(i), 'then', 'properties', name],
					treq.has(name)
				]);
			}
		});
		for (const [name, child, childPtr, isRequired] of entries) {
			if (!child || typeof child !== 'object') continue;
			const childPath = [...path, name];
			const type = typeOf(child);
			const field: FormField = {
				schemaPointer: pointer(...childPtr),
				path: childPath,
				key: childPath.join('.'),
				title: typeof child.title === 'string' ? child.title : undefined,
				type,
				format: typeof child.format === 'string' ? child.format : undefined,
				enum: enumOf(child),
				required: isRequired,
				section: type === 'object',
				array: type === 'array',
				depth
			};
			out.push(field);
			if (type === 'object') walk(child, childPtr, childPath, depth + 1);
			if (type === 'array' && child.items && typeof child.items === 'object') {
				const items = child.items as JsonSchema;
				const itemsEnum = enumOf(items);
				if (itemsEnum) field.enum = itemsEnum;
				if (typeOf(items) === 'object')
					walk(items, [...childPtr, 'items'], [...childPath, '*'], depth + 1);
			}
		}
	};
	walk(schema, [], [], 0);
	return out;
}

/** Find a field by its dotted key ('applicant.type'). */
export function findField(schema: JsonSchema, key: string): FormField | undefined {
	return listFormFields(schema).find((f) => f.key === key);
}
