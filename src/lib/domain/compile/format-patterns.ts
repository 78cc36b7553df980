// Formats in published schemas. The application schema keeps `format` (for validators that know our
// formats) and adds a structural `pattern` beside each Chinese format, so a validator without them
// still checks the shape. The acceptance schemas must compile in a bare Ajv2020 with no formats, so
// there every `format` becomes a pattern or disappears.
import { VALIDATION_KEYWORDS } from '../item/form-schema';
import type { JsonSchema } from '../item/types';
import { CN_FORMATS } from '../formats';
import { mapSchema, type SchemaNode } from './schema-walk';

type CnFormat = keyof typeof CN_FORMATS;

function cnPattern(format: string): string | undefined {
	if (!Object.prototype.hasOwnProperty.call(CN_FORMATS, format)) return undefined;
	const p = (CN_FORMATS[format as CnFormat] as { pattern: string | RegExp }).pattern;
	return typeof p === 'string' ? p : p.source;
}

/**
 * Structural stand-ins for the ajv-formats formats editors use. They check the shape only (a
 * `date` pattern accepts 2024-02-30); the application schema, validated with formats, is stricter.
 */
const STANDARD_PATTERNS: Record<string, string> = {
	date: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
	time: '^([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?([zZ]|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$',
	'date-time':
		'^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[tT ]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?([zZ]|[+-]([01]\\d|2[0-3]):[0-5]\\d)$',
	email: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
	uri: '^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*$',
	url: '^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*$',
	uuid: '^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
	ipv4: '^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$'
};

/** Add `pattern` to a node; an authored pattern is kept and both are required via allOf. */
function withPattern(node: JsonSchema, pattern: string): JsonSchema {
	if (node.pattern === undefined || node.pattern === pattern) {
		node.pattern = pattern;
		return node;
	}
	const authored = node.pattern;
	delete node.pattern;
	const existing = Array.isArray(node.allOf) ? node.allOf : [];
	const already = existing.some((s) => (s as JsonSchema)?.pattern === pattern);
	node.allOf = already ? existing : [...existing, { pattern: authored }, { pattern }];
	return node;
}

/** Application schema: every Chinese `format`, at any depth, gets its structural pattern beside it. */
export function addPatternsBesideFormats(schema: SchemaNode): SchemaNode {
	return mapSchema(schema, (node) => {
		const p = typeof node.format === 'string' ? cnPattern(node.format) : undefined;
		return p ? withPattern(node, p) : node;
	});
}

/**
 * Acceptance schemas: formats replaced by patterns (or dropped when no structural stand-in exists),
 * annotations and unknown keywords removed, so a bare `new Ajv2020()` in strict mode compiles them.
 */
export function toPortableSchema(schema: SchemaNode): SchemaNode {
	return mapSchema(schema, (node) => {
		const format = typeof node.format === 'string' ? node.format : undefined;
		const out: JsonSchema = {};
		// Keywords that change what validates stay; annotations and vendor keywords are dropped.
		for (const [key, value] of Object.entries(node)) {
			if (VALIDATION_KEYWORDS.has(key)) out[key] = value;
		}
		if (format) {
			const p = cnPattern(format) ?? STANDARD_PATTERNS[format];
			if (p) return withPattern(out, p);
		}
		return out;
	});
}
