// The live preview beside the form builder renders the published form in parts: fields that no
// condition links are parts of their own, and fields linked by a root-level condition (if/then,
// including conditional material slots) stay together in one part, so every part behaves as in the
// whole form. A part whose schema did not change keeps its identity, so the renderer rebuilds only
// the part an edit touched instead of all fields of a large form.
import type { JsonSchema, UiSchema } from '$lib/domain/item';

export interface FormPart {
	key: string;
	schema: JsonSchema;
	uiSchema: UiSchema;
	/** serialised schema + uiSchema, to recognise an unchanged part */
	text: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Root property names an allOf entry reads or writes. */
function namesIn(entry: unknown): string[] {
	const out = new Set<string>();
	const visit = (node: unknown) => {
		if (!isObj(node)) return;
		if (isObj(node.properties)) for (const k of Object.keys(node.properties)) out.add(k);
		if (Array.isArray(node.required)) for (const k of node.required) out.add(String(k));
		for (const k of ['if', 'then', 'else', 'not']) visit(node[k]);
		for (const k of ['allOf', 'anyOf', 'oneOf'])
			if (Array.isArray(node[k])) (node[k] as unknown[]).forEach(visit);
	};
	visit(entry);
	return [...out];
}

export function splitForm(
	schema: JsonSchema,
	uiSchema: UiSchema,
	previous: readonly FormPart[] = []
): FormPart[] {
	const props = isObj(schema.properties) ? schema.properties : {};
	const names = Object.keys(props);
	const order = Array.isArray(uiSchema['ui:order'])
		? (uiSchema['ui:order'] as string[]).filter((k) => k in props)
		: [];
	const ordered = [...order, ...names.filter((n) => !order.includes(n))];
	const allOf = Array.isArray(schema.allOf) ? (schema.allOf as unknown[]) : [];

	// union-find over root properties linked by a condition
	const parent = new Map(ordered.map((n) => [n, n]));
	const find = (n: string): string => {
		let r = n;
		while (parent.get(r) !== r) r = parent.get(r)!;
		parent.set(n, r);
		return r;
	};
	const entryNames = allOf.map((e) => namesIn(e).filter((n) => parent.has(n)));
	for (const list of entryNames) for (const n of list.slice(1)) parent.set(find(n), find(list[0]));

	const groups = new Map<string, string[]>();
	for (const n of ordered) {
		const root = find(n);
		groups.set(root, [...(groups.get(root) ?? []), n]);
	}
	const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
	const shared: JsonSchema = {};
	for (const k of ['$schema', '$defs', 'definitions'])
		if (schema[k] !== undefined) shared[k] = schema[k];
	const byKey = new Map(previous.map((p) => [p.key, p]));

	return [...groups.values()].map((keys) => {
		const own = new Set(keys);
		const entries = allOf.filter((_, i) => entryNames[i].some((n) => own.has(n)));
		const part: JsonSchema = {
			...shared,
			type: 'object',
			properties: Object.fromEntries(keys.map((k) => [k, props[k]])),
			...(required.some((k) => own.has(k)) ? { required: required.filter((k) => own.has(k)) } : {}),
			...(entries.length ? { allOf: entries } : {})
		};
		const ui: UiSchema = { 'ui:order': keys, 'ui:submitButtonOptions': { norender: true } };
		for (const k of keys) if (uiSchema[k] !== undefined) ui[k] = uiSchema[k];
		const key = keys.join('|');
		const text = JSON.stringify([part, ui]);
		const before = byKey.get(key);
		return before && before.text === text ? before : { key, schema: part, uiSchema: ui, text };
	});
}
