// A material in a submission is a reference to an uploaded file, never the file itself: the decision
// depends on what was uploaded (type, size, digest), and the bytes live in the portal's file store.
import type { JsonSchema, Material, UiSchema } from '../item/types';

export const SHA256_PATTERN = '^[0-9a-f]{64}$';

/**
 * The rjsf field name for a file reference. rjsf ignores `ui:widget` on an object (it would show
 * four text boxes), but renders `ui:field` with the component a portal registers under this name.
 */
export const FILE_REF_FIELD = 'fileRef';

/** The file-reference schema for one material; `annotate` adds title/description for renderers. */
export function fileRefSchema(m: Material, annotate: boolean): JsonSchema {
	const mediaType: JsonSchema =
		m.mediaTypes.length > 0 ? { type: 'string', enum: [...m.mediaTypes] } : { type: 'string' };
	const schema: JsonSchema = {};
	if (annotate) {
		schema.title = m.name.trim();
		if (m.notes?.trim()) schema.description = m.notes.trim();
	}
	schema.type = 'object';
	schema.properties = {
		name: { type: 'string', minLength: 1, maxLength: 255 },
		mediaType,
		// an empty file is not a document
		size: { type: 'integer', minimum: 1, maximum: m.maxSize },
		sha256: { type: 'string', pattern: SHA256_PATTERN }
	};
	schema.required = ['name', 'mediaType', 'size', 'sha256'];
	schema.additionalProperties = false;
	return schema;
}

/**
 * The uiSchema with `ui:field: "fileRef"` beside every `ui:widget: "file"` that has no field yet
 * (first, so it reads before the widget). Idempotent; also upgrades bundles published before
 * uiSchemas carried it.
 */
export function withFileRefFields(ui: UiSchema): UiSchema {
	const out: UiSchema = {};
	if (ui['ui:widget'] === 'file' && ui['ui:field'] === undefined) out['ui:field'] = FILE_REF_FIELD;
	for (const [key, value] of Object.entries(ui))
		out[key] = key.startsWith('ui:') ? value : nested(value);
	return out;
}

/** Property entries, `items` and tuple `items` lists hold uiSchemas; `ui:*` values are options. */
function nested(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(nested);
	if (value === null || typeof value !== 'object') return value;
	return withFileRefFields(value as UiSchema);
}
