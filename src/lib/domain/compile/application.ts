// The application schema and uiSchema portals render: the authored form plus one upload slot per
// material asked for.
//
// Closing: the top level and `materials` carry `unevaluatedProperties: false` rather than
// `additionalProperties: false`, because properties declared only inside the authored if/then/allOf
// count as evaluated there (additionalProperties would reject them) and a portal still sending old
// data keeps validating when an optional field is added.
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
export function schemaId(code: string, name: 'application' | 'complete' | 'tolerant'): string {
	const base = ID_BASE + encodeURIComponent(code);
	return name === 'application' ? `${base}/application.json` : `${base}/acceptance/${name}.json`;
}

/** Authored root keywords we replace or must not repeat in the published root. */
const ROOT_REPLACED = new Set(['$schema', '$id', 'title', 'type', 'unevaluatedProperties']);

/** The authored form schema with patterns beside formats; the shared start of every schema. */
export function preparedForm(item: Item): JsonSchema {
	const prepared = addPatternsBesideFormats(item.form.schema);
	return isSchemaObject(prepared) ? prepared : {};
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
