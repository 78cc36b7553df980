// The quick yes/no check of an application: the application schema without the structural patterns
// its Chinese formats already imply. Passing it means exactly what passing the application schema
// means; only a failure needs the full check, for the list of errors (validators.ts compiles both).
import { mapSchema } from '../compile/schema-walk';
import { CN_FORMATS, type CnFormat } from '../formats';
import type { JsonSchema } from '../item/types';

/**
 * Chinese formats whose ajv check accepts only values matching the structural pattern published
 * beside them (format-patterns.ts): where both sit on one schema node, the pattern decides nothing
 * the format has not, and checking it again is wasted work (format-implies-pattern.test.ts proves
 * each; for `cn-id-card` while today is before 2100, as its birth dates cannot be later than today
 * and the pattern knows the years 1900–2099). `cn-region` is left out: its check follows the region dataset in use, which a page may
 * extend (addRegions), so only the pattern guarantees the province part.
 */
export const PATTERN_IMPLYING_FORMATS: ReadonlySet<CnFormat> = new Set<CnFormat>([
	'cn-id-card',
	'cn-uscc',
	'cn-mobile',
	'cn-postcode'
]);

/** The application schema without the patterns its formats imply, under its own `$id`. */
export function withoutImpliedPatterns(schema: JsonSchema): JsonSchema {
	const out = mapSchema(schema, (node) => {
		const f = node.format;
		if (
			typeof f === 'string' &&
			PATTERN_IMPLYING_FORMATS.has(f as CnFormat) &&
			node.pattern === CN_FORMATS[f as CnFormat].pattern
		) {
			delete node.pattern;
		}
		return node;
	}) as JsonSchema;
	if (typeof out.$id === 'string') out.$id = out.$id.replace(/\.json$/, '') + '.check.json';
	return out;
}
