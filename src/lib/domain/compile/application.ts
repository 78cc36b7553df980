// The application schema and uiSchema portals render: the authored form plus one upload slot per
// material asked for.
//
// Closing: every object level (the top, `materials`, and each section or object field at any depth)
// carries `unevaluatedProperties: false` rather than `additionalProperties: false`, because
// properties declared only inside the authored if/then/allOf count as evaluated there
// (additionalProperties would reject them) and a portal still sending old data keeps validating when
// an optional field is added. An authored `additionalProperties` or `unevaluatedProperties` is kept.
//
// Conditional materials: when the condition does not hold, the material is forbidden (the upload slot
// does not exist). The form then says exactly which slots exist, and no personal document that is
// not needed is collected. Making a material conditional is therefore a narrowing change for portals.
import type { Item, JsonSchema, UiSchema } from '../item/types';
import { addPatternsBesideFormats } from './format-patterns';
import { FILE_REF_FIELD, fileRefSchema, withFileRefFields } from './file-ref';
import { isAsked } from './materials';
import { canonicalSchema, isSchemaObject, sortedData } from './schema-walk';

export const JSON_SCHEMA_2020 = 'https://json-schema.org/draft/2020-12/schema';
const ID_BASE = 'https://banshi.studio/items/';

/** Stable `$id`s derived from the item code (the version is not part of them: see the bundle). */
export function schemaId(
	code: string,
	name: 'application' | 'complete' | 'tolerant' | 'refusal'
): string {
	const base = ID_BASE + encodeURIComponent(code);
	return name === 'application' ? `${base}/application.json` : `${base}/acceptance/${name}.json`;
}

/** Authored root keywords we replace or must not repeat in the published root. */
const ROOT_REPLACED = new Set(['$schema', '$id', 'title', 'type', 'unevaluatedProperties']);

/** Keywords whose subschemas describe data one level down (a property's value, an element). */
const DATA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const DATA_SINGLES = ['items', 'additionalProperties', 'unevaluatedItems'];
/** In-place applicators that may declare data (not `if`/`not`: they only test it). */
const BRANCH_SINGLES = ['then', 'else'];
const BRANCH_ARRAYS = ['allOf', 'anyOf', 'oneOf'];

function describesObject(node: JsonSchema): boolean {
	const t = node.type;
	return (
		t === 'object' || (Array.isArray(t) && t.includes('object')) || isSchemaObject(node.properties)
	);
}

/**
 * Close every object the form describes: each node in a data position (the root, a property's
 * value, an array's items, a `$defs` entry) that is an object gets `unevaluatedProperties: false`
 * unless it says otherwise. In-place branches (then/else/allOf/…) are walked for the data they
 * declare but not closed themselves, and `if`/`not` are left alone: closing a test would change
 * what it matches. Copies; the authored schema is not changed.
 */
export function closeObjects(node: JsonSchema, maxDepth = 128): JsonSchema {
	const walk = (n: unknown, data: boolean, depth: number, shared = false): unknown => {
		if (!isSchemaObject(n) || depth > maxDepth) return n;
		const out: JsonSchema = { ...n };
		// a property declared both here and in a branch (or in two branches) is one object seen
		// through several subschemas; closing one of them would refuse what the other declares
		const spread = declaredInBranches(out);
		const props = isSchemaObject(out.properties) ? Object.keys(out.properties) : [];
		const twice = new Set(
			[...spread.entries()]
				.filter(([k, count]) => count + (props.includes(k) ? 1 : 0) > 1)
				.map(([k]) => k)
		);
		for (const k of DATA_MAPS) {
			if (isSchemaObject(out[k])) {
				out[k] = Object.fromEntries(
					Object.entries(out[k] as JsonSchema).map(([key, v]) => [
						key,
						walk(v, k !== 'dependentSchemas', depth + 1, k === 'properties' && twice.has(key))
					])
				);
			}
		}
		for (const k of DATA_SINGLES) if (k in out) out[k] = walk(out[k], true, depth + 1);
		if (Array.isArray(out.prefixItems))
			out.prefixItems = out.prefixItems.map((v) => walk(v, true, depth + 1));
		for (const k of BRANCH_SINGLES) if (k in out) out[k] = walk(out[k], false, depth + 1);
		for (const k of BRANCH_ARRAYS) {
			if (Array.isArray(out[k]))
				out[k] = (out[k] as unknown[]).map((v) => walk(v, false, depth + 1));
		}
		if (
			data &&
			!shared &&
			describesObject(out) &&
			out.additionalProperties === undefined &&
			out.unevaluatedProperties === undefined
		) {
			out.unevaluatedProperties = false;
		}
		return out;
	};
	return walk(node, true, 0) as JsonSchema;
}

/** How many in-place branches of `node` (then/else/allOf/anyOf/oneOf, nested) declare each key. */
function declaredInBranches(node: JsonSchema): Map<string, number> {
	const counts = new Map<string, number>();
	const visit = (b: unknown, depth: number) => {
		if (!isSchemaObject(b) || depth > 16) return;
		if (isSchemaObject(b.properties)) {
			for (const [k, v] of Object.entries(b.properties)) {
				if (!onlyConstrains(v)) counts.set(k, (counts.get(k) ?? 0) + 1);
			}
		}
		branchesOf(b).forEach((x) => visit(x, depth + 1));
	};
	branchesOf(node).forEach((b) => visit(b, 0));
	return counts;
}

/**
 * A branch entry that only forbids or requires fields declared elsewhere (a field rule's
 * `{ properties: { f: false } }` or `{ required: [f] }`, reached through `properties` and `items`):
 * it declares no field, so the object it reaches is still closed where it is declared.
 */
function onlyConstrains(node: unknown, depth = 0): boolean {
	if (node === false) return true;
	if (!isSchemaObject(node) || depth > 32) return false;
	return Object.entries(node).every(([k, v]) => {
		if (k === 'required') return true;
		if (k === 'items') return onlyConstrains(v, depth + 1);
		if (k === 'properties' && isSchemaObject(v))
			return Object.values(v).every((x) => onlyConstrains(x, depth + 1));
		return false;
	});
}

function branchesOf(node: JsonSchema): unknown[] {
	const out: unknown[] = [];
	for (const k of BRANCH_SINGLES) if (k in node) out.push(node[k]);
	for (const k of BRANCH_ARRAYS) if (Array.isArray(node[k])) out.push(...(node[k] as unknown[]));
	return out;
}

/**
 * The authored form schema with patterns beside formats and every object level closed; the shared
 * start of every schema.
 */
export function preparedForm(item: Item): JsonSchema {
	const prepared = addPatternsBesideFormats(item.form.schema);
	return isSchemaObject(prepared) ? closeObjects(prepared) : {};
}

export function buildApplicationSchema(item: Item, form: JsonSchema): JsonSchema {
	const asked = item.materials.filter(isAsked);
	const materialProps: JsonSchema = {};
	for (const m of asked) materialProps[m.id] = fileRefSchema(m, true);

	const conditionals: JsonSchema[] = asked
		.filter((m) => m.condition !== undefined)
		.map((m) => ({
			if: m.condition,
			else: { properties: { materials: { type: 'object', properties: { [m.id]: false } } } }
		}));

	const root: JsonSchema = {
		$schema: JSON_SCHEMA_2020,
		$id: schemaId(item.code, 'application'),
		title: item.name.trim(),
		type: 'object'
	};
	for (const [key, value] of Object.entries(form)) {
		if (!ROOT_REPLACED.has(key)) root[key] = value;
	}
	root.properties = {
		...((form.properties as JsonSchema | undefined) ?? {}),
		materials: {
			title: '申请材料',
			type: 'object',
			properties: materialProps,
			unevaluatedProperties: false
		}
	};
	const authoredAllOf = Array.isArray(form.allOf) ? form.allOf : [];
	if (authoredAllOf.length + conditionals.length > 0)
		root.allOf = [...authoredAllOf, ...conditionals];
	root.unevaluatedProperties = false;
	return canonicalSchema(root) as JsonSchema;
}

export function buildUiSchema(item: Item, tolerableIds: readonly string[]): UiSchema {
	// authored attachments (附件) are file references too
	const authored = withFileRefFields(sortedData(item.form.uiSchema ?? {}) as UiSchema);
	const formKeys = Object.keys((item.form.schema.properties as JsonSchema | undefined) ?? {});
	const authoredOrder = Array.isArray(authored['ui:order'])
		? (authored['ui:order'] as string[]).filter((k) => k !== 'materials')
		: formKeys;

	const asked = item.materials.filter(isAsked);
	const materialsUi: UiSchema = { 'ui:order': asked.map((m) => m.id) };
	for (const m of asked) {
		const options: Record<string, unknown> = { accept: [...m.mediaTypes], maxSize: m.maxSize };
		if (m.notes?.trim()) options.notes = m.notes.trim();
		if (m.blankTemplate) options.blankTemplate = sortedData(m.blankTemplate);
		if (m.sampleTemplate) options.sampleTemplate = sortedData(m.sampleTemplate);
		options.necessity = m.necessity;
		options.essential = m.essential;
		options.tolerable = tolerableIds.includes(m.id);
		materialsUi[m.id] = { 'ui:field': FILE_REF_FIELD, 'ui:widget': 'file', 'ui:options': options };
	}

	const out: UiSchema = {};
	for (const [key, value] of Object.entries(authored)) {
		if (key !== 'ui:order' && key !== 'materials') out[key] = value;
	}
	out['ui:order'] = [...authoredOrder, 'materials'];
	out.materials = materialsUi;
	return out;
}
