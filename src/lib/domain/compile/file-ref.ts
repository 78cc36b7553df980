// A material in a submission is a reference to an uploaded file, never the file itself: the decision
// depends on what was uploaded (type, size, digest), and the bytes live in the portal's file store.
import type { JsonSchema, Material } from '../item/types';

export const SHA256_PATTERN = '^[0-9a-f]{64}$';

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
