// One object level of the form (the root, a section, or the entry object of a repeating group) read
// into an ordered list of fields and written back. Every operation edits that list, so `required`,
// `ui:order`, per-field uiSchema entries and visibility conditions can never drift apart.
//
// Visibility conditions ("show when X equals V") are encoded the way rjsf and @rjsf/utils
// retrieveSchema resolve them, in the object that holds both fields:
//
//   allOf: [{ if:   { properties: { X: { const: V } }, required: [X] },
//             then: { properties: { field: {…} }, required: [field] } }]
//
// The conditional field is absent from the object's own `properties` and its schema has a `type`
// (which tells it apart from a hand-written refinement of an existing field), so it exists (and is
// validated, and is required if listed in `then.required`) only while X equals V. Fields sharing
// one condition share one allOf entry. Its key stays in `ui:order` so it keeps its place. Any other
// allOf entry (for instance a hand-written "required when" rule) is kept untouched.
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import { isObject } from './kinds';

export type Path = readonly string[];

export interface Condition {
	field: string;
	value: unknown;
}

export interface Entry {
	key: string;
	schema: JsonSchema;
	ui: UiSchema;
	required: boolean;
	condition?: Condition;
}

export interface Container {
	entries: Entry[];
	/** allOf entries the builder did not write */
	foreign: unknown[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A builder-written condition (`if` part), or undefined for anything else. */
function readIf(node: unknown): Condition | undefined {
	if (!isObject(node)) return undefined;
	const keys = Object.keys(node).sort().join(',');
	if (keys !== 'properties,required') return undefined;
	const props = node.properties;
	const req = node.required;
	if (!isObject(props) || !Array.isArray(req) || req.length !== 1) return undefined;
	const names = Object.keys(props);
	if (names.length !== 1 || names[0] !== req[0]) return undefined;
	const test = props[names[0]];
	if (!isObject(test) || Object.keys(test).join(',') !== 'const') return undefined;
	return { field: names[0], value: test.const };
}

export function readContainer(schema: JsonSchema, ui: UiSchema): Container {
	const props = isObject(schema.properties) ? (schema.properties as Record<string, unknown>) : {};
	const required = new Set(Array.isArray(schema.required) ? schema.required : []);
	const natural: Entry[] = [];
	const seen = new Set<string>();
	for (const [key, child] of Object.entries(props)) {
		if (!isObject(child)) continue;
		seen.add(key);
		natural.push({ key, schema: child, ui: uiOf(ui, key), required: required.has(key) });
	}
	const foreign: unknown[] = [];
	for (const rule of Array.isArray(schema.allOf) ? schema.allOf : []) {
		const cond = isObject(rule) ? readIf(rule.if) : undefined;
		const then = isObject(rule) ? rule.then : undefined;
		const ok =
			cond &&
			isObject(rule) &&
			Object.keys(rule).sort().join(',') === 'if,then' &&
			isObject(then) &&
			Object.keys(then).every((k) => k === 'properties' || k === 'required') &&
			isObject(then.properties) &&
			Object.keys(then.properties).length > 0 &&
			// a whole field has a type; a hand-written refinement ({ minItems: 1 }) usually not
			Object.entries(then.properties).every(
				([k, s]) => isObject(s) && 'type' in s && !seen.has(k)
			) &&
			(then.required === undefined ||
				(Array.isArray(then.required) &&
					then.required.every((k) => typeof k === 'string' && k in (then.properties as object))));
		if (!ok) {
			foreign.push(rule);
			continue;
		}
		const thenReq = new Set((then.required as string[] | undefined) ?? []);
		for (const [key, child] of Object.entries(then.properties as Record<string, JsonSchema>)) {
			seen.add(key);
			natural.push({
				key,
				schema: child,
				ui: uiOf(ui, key),
				required: thenReq.has(key),
				condition: cond
			});
		}
	}
	const order = Array.isArray(ui['ui:order']) ? (ui['ui:order'] as unknown[]) : [];
	const byKey = new Map(natural.map((e) => [e.key, e]));
	const entries: Entry[] = [];
	for (const k of order) {
		const e = typeof k === 'string' ? byKey.get(k) : undefined;
		if (e) {
			entries.push(e);
			byKey.delete(k as string);
		}
	}
	entries.push(...natural.filter((e) => byKey.has(e.key)));
	return { entries, foreign };
}

function uiOf(ui: UiSchema, key: string): UiSchema {
	const u = ui[key];
	return isObject(u) ? u : {};
}

/** Replace `key` in `obj` keeping its position, append when new, drop when `value` is undefined. */
function put(obj: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	let done = false;
	for (const [k, v] of Object.entries(obj)) {
		if (k === key) {
			done = true;
			if (value !== undefined) out[k] = value;
		} else out[k] = v;
	}
	if (!done && value !== undefined) out[key] = value;
	return out;
}

export function writeContainer(
	schema: JsonSchema,
	ui: UiSchema,
	before: Container,
	after: Container
): { schema: JsonSchema; ui: UiSchema } {
	const properties: Record<string, unknown> = {};
	const required: string[] = [];
	const rules: { cond: Condition; props: Record<string, unknown>; required: string[] }[] = [];
	for (const e of after.entries) {
		if (!e.condition) {
			properties[e.key] = e.schema;
			if (e.required) required.push(e.key);
			continue;
		}
		const cond = e.condition;
		let rule = rules.find((r) => r.cond.field === cond.field && same(r.cond.value, cond.value));
		if (!rule) rules.push((rule = { cond, props: {}, required: [] }));
		rule.props[e.key] = e.schema;
		if (e.required) rule.required.push(e.key);
	}
	const allOf = [
		...after.foreign,
		...rules.map((r) => {
			const then: JsonSchema = { properties: r.props };
			if (r.required.length) then.required = r.required;
			return {
				if: { properties: { [r.cond.field]: { const: r.cond.value } }, required: [r.cond.field] },
				then
			};
		})
	];
	let s = put(schema, 'properties', Object.keys(properties).length ? properties : undefined);
	s = put(s, 'required', required.length ? required : undefined);
	s = put(s, 'allOf', allOf.length ? allOf : undefined);

	let u: Record<string, unknown> = { ...ui };
	for (const e of before.entries) delete u[e.key];
	u = put(u, 'ui:order', after.entries.length ? after.entries.map((e) => e.key) : undefined);
	for (const e of after.entries) if (Object.keys(e.ui).length) u[e.key] = e.ui;
	return { schema: s, ui: u };
}

/** The object schema holding a field's children: itself for a section, `items` for a group. */
export function childLevel(entry: Entry): { schema: JsonSchema; ui: UiSchema } | undefined {
	// an attachment is an object too, but its properties are the upload's, not editable fields
	if (entry.ui['ui:widget'] === 'file') return undefined;
	const t = entry.schema.type;
	if (t === 'object' || (t === undefined && isObject(entry.schema.properties))) {
		return { schema: entry.schema, ui: entry.ui };
	}
	if (t === 'array' && isObject(entry.schema.items)) {
		const items = entry.schema.items as JsonSchema;
		if (items.type === 'object' || (items.type === undefined && isObject(items.properties))) {
			return { schema: items, ui: isObject(entry.ui.items) ? entry.ui.items : {} };
		}
	}
	return undefined;
}

function withChildLevel(entry: Entry, schema: JsonSchema, ui: UiSchema): Entry {
	if (entry.schema.type === 'array') {
		return {
			...entry,
			schema: { ...entry.schema, items: schema },
			ui: put(entry.ui, 'items', Object.keys(ui).length ? ui : undefined)
		};
	}
	return { ...entry, schema, ui };
}

/**
 * Apply `fn` to the container at `path` (keys of sections/groups from the root) and write the
 * result back through every ancestor. Returns undefined when the path does not lead to a container.
 */
export function updateContainer(
	schema: JsonSchema,
	ui: UiSchema,
	path: Path,
	fn: (c: Container) => Container | undefined
): { schema: JsonSchema; ui: UiSchema } | undefined {
	const before = readContainer(schema, ui);
	if (path.length === 0) {
		const after = fn(before);
		return after && writeContainer(schema, ui, before, after);
	}
	const idx = before.entries.findIndex((e) => e.key === path[0]);
	if (idx < 0) return undefined;
	const entry = before.entries[idx];
	const level = childLevel(entry);
	if (!level) return undefined;
	const inner = updateContainer(level.schema, level.ui, path.slice(1), fn);
	if (!inner) return undefined;
	const entries = [...before.entries];
	entries[idx] = withChildLevel(entry, inner.schema, inner.ui);
	return writeContainer(schema, ui, before, { ...before, entries });
}

/** Read the container at `path`, or undefined. */
export function containerAt(schema: JsonSchema, ui: UiSchema, path: Path): Container | undefined {
	let c = readContainer(schema, ui);
	for (const key of path) {
		const e = c.entries.find((x) => x.key === key);
		const level = e && childLevel(e);
		if (!level) return undefined;
		c = readContainer(level.schema, level.ui);
	}
	return c;
}
