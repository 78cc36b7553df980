// Checks of a schema embedded in an item (the application form, or a material condition): bounded
// nesting, known keywords and formats, valid regular expressions, local terminating references, and
// finally that Ajv2020 accepts and compiles it — everything a portal would otherwise trip over later.
//
// Unknown keywords are errors (except `x-` extensions): a misspelt `requird` silently validates
// nothing, and ui settings belong in the uiSchema. Ajv itself runs with strict mode off because we
// have already reported those cases with precise pointers.
import type Ajv from 'ajv/dist/2020';
import { translator, type Locale } from '../i18n';
import { pointer } from '../pointer';
import { localizeErrors } from '../validation/localize';
import { itemMessages as messages } from './messages';
import { checkRefs } from './refs';
import { walkSchema } from './schema-walk';
import type { Problem } from './types';

/** Keywords that change what validates (JSON Schema 2020-12's core, applicator and validation
 * vocabularies). The compiler keeps exactly these in the portable acceptance schemas. */
export const VALIDATION_KEYWORDS: ReadonlySet<string> = new Set([
	'$ref',
	'$defs',
	'$anchor',
	'type',
	'enum',
	'const',
	'multipleOf',
	'maximum',
	'exclusiveMaximum',
	'minimum',
	'exclusiveMinimum',
	'maxLength',
	'minLength',
	'pattern',
	'maxItems',
	'minItems',
	'uniqueItems',
	'maxContains',
	'minContains',
	'maxProperties',
	'minProperties',
	'required',
	'dependentRequired',
	'properties',
	'patternProperties',
	'additionalProperties',
	'unevaluatedProperties',
	'dependentSchemas',
	'propertyNames',
	'items',
	'prefixItems',
	'contains',
	'unevaluatedItems',
	'allOf',
	'anyOf',
	'oneOf',
	'not',
	'if',
	'then',
	'else'
]);

/** Every keyword a form schema may carry: those that validate, identifiers and annotations. */
export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
	...VALIDATION_KEYWORDS,
	'$schema',
	'$id',
	'$dynamicRef',
	'$dynamicAnchor',
	'$vocabulary',
	'$comment',
	'definitions',
	'title',
	'description',
	'default',
	'deprecated',
	'readOnly',
	'writeOnly',
	'examples',
	'format',
	'contentEncoding',
	'contentMediaType',
	'contentSchema',
	// annotations form libraries and editors understand
	'enumNames',
	'enumDescriptions',
	'markdownEnumDescriptions',
	'markdownDescription'
]);

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

export type SchemaRole = 'form' | 'condition';

export interface SchemaCheckOptions {
	locale?: Locale;
	maxDepth: number;
	/** more subschemas than this are not compiled (a hostile or runaway schema) */
	maxNodes?: number;
	/** false: check structure only (the caller already reported why compiling is pointless) */
	compile?: boolean;
	/** what the schema is, for messages: the form (default) or a material's condition */
	what?: SchemaRole;
}

/** Problems in `schema`, located under `base`. Never throws. */
export function checkEmbeddedSchema(
	ajv: Ajv,
	schema: unknown,
	base: string,
	opts: SchemaCheckOptions
): Problem[] {
	const { locale, maxDepth } = opts;
	const t = translator(messages, locale);
	const role = opts.what ?? 'form';
	const what = t(`item.schema.what.${role}`);
	const problems: Problem[] = [];
	if (typeof schema === 'boolean') return problems;
	const formats = new Set(Object.keys(ajv.formats));
	let tooDeep = false;
	let nodes = 0;

	walkSchema(
		schema,
		({ node, tokens }) => {
			nodes++;
			const here = base + pointer(...tokens);
			if ('$schema' in node && node.$schema !== DRAFT_2020_12) {
				problems.push({
					pointer: here + '/$schema',
					code: 'schema-dialect',
					message: t('item.schema.dialect', { dialect: DRAFT_2020_12 })
				});
			}
			for (const key of Object.keys(node)) {
				if (SCHEMA_KEYWORDS.has(key) || key.startsWith('x-')) continue;
				problems.push({
					pointer: here + pointer(key),
					code: 'unknown-keyword',
					message: t(
						key.startsWith('ui:') ? 'item.schema.uiKeyword' : 'item.schema.unknownKeyword',
						{ key }
					)
				});
			}
			if (typeof node.format === 'string' && !formats.has(node.format)) {
				problems.push({
					pointer: here + '/format',
					code: 'unknown-format',
					message: t('item.schema.unknownFormat', { format: node.format })
				});
			}
			const patterns: [string, unknown][] = [['pattern', node.pattern]];
			if (node.patternProperties && typeof node.patternProperties === 'object') {
				for (const p of Object.keys(node.patternProperties))
					patterns.push([pointer('patternProperties', p).slice(1), p]);
			}
			for (const [where, p] of patterns) {
				if (typeof p !== 'string') continue;
				try {
					new RegExp(p, 'u');
				} catch {
					problems.push({
						pointer: here + '/' + where,
						code: 'invalid-pattern',
						message: t('item.schema.invalidPattern', { pattern: p })
					});
				}
			}
		},
		{
			maxDepth,
			onTooDeep: ({ tokens }) => {
				tooDeep = true;
				problems.push({
					pointer: base + pointer(...tokens),
					code: 'limit-depth',
					message: t('item.schema.tooDeep', { what, max: maxDepth })
				});
			}
		}
	);
	if (tooDeep) return problems;
	problems.push(...checkRefs(schema, base, locale, maxDepth));
	if (problems.length || opts.compile === false) return problems;
	if (opts.maxNodes !== undefined && nodes > opts.maxNodes) {
		problems.push({
			pointer: base,
			code: 'limit-size',
			message: t('item.schema.tooLarge', { what, nodes, max: opts.maxNodes })
		});
		return problems;
	}

	problems.push(...compileProblems(ajv, schema as object, base, role, locale));
	return problems;
}

// Compiling a 1000-field form takes Ajv most of a second, and the designer validates on every
// keystroke, mostly with the form unchanged: remember recent outcomes by content.
const compiled = new Map<string, { pointer: string; message: string }[]>();
const COMPILED_KEEP = 16;

function compileProblems(
	ajv: Ajv,
	schema: object,
	base: string,
	role: SchemaRole,
	locale?: Locale
): Problem[] {
	const key = `${locale ?? ''}\u0000${role}\u0000${JSON.stringify(schema)}`;
	let found = compiled.get(key);
	if (!found) {
		found = compileOutcome(ajv, schema, role, locale);
		if (compiled.size >= COMPILED_KEEP) compiled.delete(compiled.keys().next().value as string);
		compiled.set(key, found);
	}
	return found.map((f) => ({
		pointer: base + f.pointer,
		code: 'invalid-schema',
		message: f.message
	}));
}

function compileOutcome(
	ajv: Ajv,
	schema: object,
	role: SchemaRole,
	locale?: Locale
): { pointer: string; message: string }[] {
	const t = translator(messages, locale);
	try {
		if (!ajv.validateSchema(schema)) {
			const errors = localizeErrors(ajv.errors ?? [], locale);
			// the meta-schema reports one mistake several ways (enum, array, anyOf): keep one per place
			const byPlace = new Map<string, string>();
			for (const e of errors) {
				if (!byPlace.has(e.instancePath)) byPlace.set(e.instancePath, e.message ?? e.keyword);
			}
			return [...byPlace].map(([at, text]) => ({
				pointer: at,
				message: t('item.schema.invalid', { reason: text })
			}));
		}
		ajv.compile(schema);
		return [];
	} catch (err) {
		return [
			{
				pointer: '',
				message: t('item.schema.notCompiled', {
					what: t(`item.schema.what.${role}`),
					reason: err instanceof Error ? err.message : String(err)
				})
			}
		];
	} finally {
		// Ajv caches compiled schemas by identity (and by $id); the document will change, so drop it
		try {
			ajv.removeSchema(schema);
		} catch {
			/* nothing cached */
		}
	}
}
