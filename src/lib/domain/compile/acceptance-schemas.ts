// The two acceptance schemas over a whole submission `{ form, materials, commitment, creditRestricted }`.
// They are the decision: `decide` runs exactly these, and any portal with a bare JSON Schema 2020-12
// validator (no custom formats) reaches the same verdict.
//
// "At most k of the n tolerable materials missing" is encoded as a counter over `$defs`:
// `tolerance-i-c` means "among tolerable materials i…n-1 at most c are missing" and is
// `if missing(i) then tolerance-(i+1)-(c-1) else tolerance-(i+1)-c`, with c < 0 false and c ≥ n-i
// true. That is O(n·k) definitions and one path of n checks per validation, where listing the
// (k+1)-subsets would grow combinatorially. Conditional tolerable materials count as missing only
// when their condition holds.
import type { Item, JsonSchema } from '../item/types';
import { JSON_SCHEMA_2020, schemaId } from './application';
import { fileRefSchema } from './file-ref';
import { toPortableSchema } from './format-patterns';
import { isAsked, isNeeded, isTolerable, type ToleranceInForce } from './materials';
import { canonicalSchema, isSchemaObject, rebaseRefs, type SchemaNode } from './schema-walk';

const FORM_PREFIX = '/properties/form';

/** Name of the `$defs` entry of `acceptance.refusal` holding `item.refusals[index]`'s condition. */
export function refusalDefName(index: number): string {
	return `refusal-${index}`;
}

/** Name of the `$defs` entry holding the condition of `item.materials[index]`. */
export function conditionDefName(index: number): string {
	return `condition-${index}`;
}

function portable(node: SchemaNode): SchemaNode {
	return toPortableSchema(rebaseRefs(node, FORM_PREFIX));
}

function portableForm(form: JsonSchema): JsonSchema {
	const p = portable(form);
	const out: JsonSchema = isSchemaObject(p) ? p : {};
	delete out.$schema;
	delete out.$id;
	out.type = 'object';
	out.unevaluatedProperties = false;
	return out;
}

// `type: 'object'` repeats what the root already demands of `materials`; it keeps a strict-mode
// validator (strictTypes) quiet without changing what validates.
const requireMaterial = (id: string): JsonSchema => ({
	type: 'object',
	properties: { materials: { type: 'object', required: [id] } }
});
const forbidMaterial = (id: string): JsonSchema => ({
	type: 'object',
	properties: { materials: { type: 'object', properties: { [id]: false } } }
});
const conditionRef = (index: number): JsonSchema => ({
	$ref: `#/$defs/${conditionDefName(index)}`
});

interface Shared {
	item: Item;
	form: JsonSchema;
	conditions: JsonSchema;
}

function baseSchema(s: Shared, kind: 'complete' | 'tolerant', mustHave: (i: number) => boolean) {
	const asked = s.item.materials.map((m, i) => ({ m, i })).filter(({ m }) => isAsked(m));
	const materialProps: JsonSchema = {};
	for (const { m } of asked) materialProps[m.id] = fileRefSchema(m, false);
	const unconditional = asked
		.filter(({ m, i }) => !m.condition && mustHave(i))
		.map(({ m }) => m.id);
	const materials: JsonSchema = { type: 'object', properties: materialProps };
	if (unconditional.length) materials.required = unconditional;
	materials.unevaluatedProperties = false;

	const allOf: JsonSchema[] = asked
		.filter(({ m }) => m.condition !== undefined)
		.map(({ m, i }) => {
			const entry: JsonSchema = { if: conditionRef(i) };
			if (mustHave(i)) entry.then = requireMaterial(m.id);
			entry.else = forbidMaterial(m.id);
			return entry;
		});

	const root: JsonSchema = {
		$schema: JSON_SCHEMA_2020,
		$id: schemaId(s.item.code, kind),
		title: s.item.name.trim(),
		type: 'object',
		properties: {
			form: s.form,
			materials,
			commitment: { type: 'boolean' },
			creditRestricted: { type: 'boolean' }
		},
		required: ['form', 'materials'],
		$defs: { ...s.conditions }
	};
	return { root, allOf };
}

function missingSchema(item: Item, index: number): JsonSchema {
	const m = item.materials[index];
	const absent: JsonSchema = {
		type: 'object',
		properties: { materials: { type: 'object', not: { required: [m.id] } } }
	};
	return m.condition ? { ...conditionRef(index), ...absent } : absent;
}

/** `$defs` and the entry reference for "at most k of these tolerable materials are missing". */
export function atMostMissing(
	item: Item,
	tolerableIndexes: number[],
	k: number
): { defs: JsonSchema; entry: SchemaNode } {
	const n = tolerableIndexes.length;
	const defs: JsonSchema = {};
	const ref = (i: number, c: number): SchemaNode => {
		if (c < 0) return false;
		if (c >= n - i) return true;
		const name = `tolerance-${i}-${c}`;
		if (!(name in defs)) {
			defs[name] = {
				if: missingSchema(item, tolerableIndexes[i]),
				then: ref(i + 1, c - 1),
				else: ref(i + 1, c)
			};
		}
		return { $ref: `#/$defs/${name}` };
	};
	return { entry: ref(0, k), defs };
}

function finish(root: JsonSchema): JsonSchema {
	if (Object.keys(root.$defs as JsonSchema).length === 0) delete root.$defs;
	return canonicalSchema(root) as JsonSchema;
}

/** A condition over the form data as a subschema over the whole submission. */
function onForm(condition: SchemaNode): JsonSchema {
	const c = portable(condition);
	// the form is an object whenever the submission can be decided at all
	const form = isSchemaObject(c) && c.type === undefined ? { type: 'object', ...c } : c;
	return { type: 'object', properties: { form }, required: ['form'] };
}

/**
 * `acceptance.refusal`: valid when one of the item's machine-checkable 不予受理情形 holds, each one
 * `$defs/refusal-<index>` (index into `item.refusals`). Undefined when the item declares none.
 */
export function buildRefusalSchema(item: Item): JsonSchema | undefined {
	const refusals = item.refusals ?? [];
	if (!refusals.length) return undefined;
	const defs: JsonSchema = {};
	refusals.forEach((r, i) => (defs[refusalDefName(i)] = onForm(r.condition)));
	return canonicalSchema({
		$schema: JSON_SCHEMA_2020,
		$id: schemaId(item.code, 'refusal'),
		title: item.name.trim(),
		type: 'object',
		anyOf: refusals.map((_, i) => ({ $ref: `#/$defs/${refusalDefName(i)}` })),
		$defs: defs
	}) as JsonSchema;
}

export function buildAcceptanceSchemas(
	item: Item,
	form: JsonSchema,
	tolerance: ToleranceInForce
): { complete: JsonSchema; tolerant: SchemaNode } {
	const conditions: JsonSchema = {};
	item.materials.forEach((m, i) => {
		if (isAsked(m) && m.condition !== undefined)
			conditions[conditionDefName(i)] = onForm(m.condition);
	});
	const shared: Shared = { item, form: portableForm(form), conditions };

	const needed = (i: number) => isNeeded(item.materials[i]);
	const complete = baseSchema(shared, 'complete', needed);
	if (complete.allOf.length) complete.root.allOf = complete.allOf;
	complete.root.unevaluatedProperties = false;

	if (!tolerance.allowed) {
		return { complete: finish(complete.root), tolerant: false };
	}

	const tolerable = new Set(tolerance.tolerableIds);
	const tolerableIndexes = item.materials
		.map((m, i) => ({ m, i }))
		.filter(({ m }) => tolerable.has(m.id) && isTolerable(m))
		.map(({ i }) => i);
	const t = baseSchema(shared, 'tolerant', (i) => needed(i) && !tolerableIndexes.includes(i));
	const props = t.root.properties as JsonSchema;
	props.commitment = { const: true };
	props.creditRestricted = { const: false };
	t.root.required = ['form', 'materials', 'commitment'];
	const counter = atMostMissing(item, tolerableIndexes, tolerance.maxMissing);
	Object.assign(t.root.$defs as JsonSchema, counter.defs);
	const allOf = [...t.allOf];
	if (counter.entry !== true) allOf.push(counter.entry as JsonSchema);
	if (allOf.length) t.root.allOf = allOf;
	t.root.unevaluatedProperties = false;
	return {
		complete: finish(complete.root),
		tolerant: finish(t.root)
	};
}
