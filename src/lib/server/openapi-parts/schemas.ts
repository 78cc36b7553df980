// The declarations of src/lib/api as OpenAPI components: every exported object or enum schema is a
// component under its export name, and wherever a declaration embeds another, the document says
// `$ref` instead of repeating it.
import type { TSchema } from 'typebox';
import * as accounts from '../../api/schemas/accounts';
import * as admin from '../../api/schemas/admin';
import * as common from '../../api/schemas/common';
import * as items from '../../api/schemas/items';
import * as onethings from '../../api/schemas/onethings';
import * as portal from '../../api/schemas/portal';
import * as settings from '../../api/schemas/settings';
import type { Endpoint } from '../../api/endpoints';

export type Json = Record<string, unknown>;

const isNamed = (v: unknown): v is TSchema =>
	typeof v === 'object' &&
	v !== null &&
	('enum' in v || ((v as Json).type === 'object' && 'properties' in v));

/** Component name by schema, for the exported object and enum declarations (queries aside: they
 * become parameters). */
export function namedSchemas(endpoints: Endpoint[]): Map<TSchema, string> {
	const queries = new Set<unknown>(endpoints.map((e) => e.query));
	const names = new Map<TSchema, string>();
	for (const module of [common, accounts, items, onethings, admin, portal, settings])
		for (const [name, value] of Object.entries(module))
			if (isNamed(value) && !queries.has(value) && !names.has(value)) names.set(value, name);
	return names;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A schema for the document: its own enumerable members, named parts (and the schema itself,
 * unless it is the component `own` being written) as $ref. TypeBox copies a part it marks
 * optional, so parts are also recognised by their JSON. */
export function documentSchema(
	schema: TSchema,
	names: Map<TSchema, string>,
	own?: TSchema
): unknown {
	const byJson = new Map([...names].map(([s, n]) => [JSON.stringify(s), n]));
	const walk = (node: unknown): unknown => {
		if (Array.isArray(node)) return node.map(walk);
		if (typeof node !== 'object' || node === null) return node;
		if (node !== own) {
			const name = names.get(node as TSchema) ?? byJson.get(JSON.stringify(node));
			if (name) return ref(name);
		}
		return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
	};
	return walk(schema);
}

export function componentSchemas(names: Map<TSchema, string>): Record<string, unknown> {
	return Object.fromEntries(
		[...names]
			.map(([schema, name]) => [name, documentSchema(schema, names, schema)] as const)
			.sort(([a], [b]) => a.localeCompare(b))
	);
}
