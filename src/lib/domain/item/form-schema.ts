// Checks of a schema embedded in an item (the application form, or a material condition): bounded
// nesting, known keywords and formats, valid regular expressions, local terminating references, and
// finally that Ajv2020 accepts and compiles it — everything a portal would otherwise trip over later.
//
// Unknown keywords are errors (except `x-` extensions): a misspelt `requird` silently validates
// nothing, and ui settings belong in the uiSchema. Ajv itself runs with strict mode off because we
// have already reported those cases with precise pointers.
import type Ajv from 'ajv/dist/2020';
import localizeZh from 'ajv-i18n/localize/zh';
import { msg, type Locale } from '../i18n';
import { pointer } from '../pointer';
import { checkRefs } from './refs';
import { walkSchema } from './schema-walk';
import type { Problem } from './types';

export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
	'$schema',
	'$id',
	'$ref',
	'$anchor',
	'$dynamicRef',
	'$dynamicAnchor',
	'$vocabulary',
	'$comment',
	'$defs',
	'definitions',
	'allOf',
	'anyOf',
	'oneOf',
	'not',
	'if',
	'then',
	'else',
	'dependentSchemas',
	'prefixItems',
	'items',
	'contains',
	'properties',
	'patternProperties',
	'additionalProperties',
	'propertyNames',
	'unevaluatedItems',
	'unevaluatedProperties',
	'type',
	'const',
	'enum',
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

export interface SchemaCheckOptions {
	locale?: Locale;
	maxDepth: number;
	/** more subschemas than this are not compiled (a hostile or runaway schema) */
	maxNodes?: number;
	/** false: check structure only (the caller already reported why compiling is pointless) */
	compile?: boolean;
	/** noun for messages: 表单 / 适用条件 */
	what?: { zh: string; en: string };
}

/** Problems in `schema`, located under `base`. Never throws. */
export function checkEmbeddedSchema(
	ajv: Ajv,
	schema: unknown,
	base: string,
	opts: SchemaCheckOptions
): Problem[] {
	const { locale, maxDepth } = opts;
	const what = opts.what ?? { zh: '表单结构', en: 'form schema' };
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
					message: msg(
						locale,
						`只支持 JSON Schema 2020-12：$schema 应为 ${DRAFT_2020_12} 或省略`,
						`only JSON Schema 2020-12 is supported: $schema must be ${DRAFT_2020_12} or left out`
					)
				});
			}
			for (const key of Object.keys(node)) {
				if (SCHEMA_KEYWORDS.has(key) || key.startsWith('x-')) continue;
				problems.push({
					pointer: here + pointer(key),
					code: 'unknown-keyword',
					message: key.startsWith('ui:')
						? msg(
								locale,
								`“${key}”是界面配置，请写在 uiSchema 中`,
								`"${key}" is a ui setting: put it in the uiSchema`
							)
						: msg(
								locale,
								`未知的关键字“${key}”（检查拼写；自定义扩展请以 x- 开头）`,
								`unknown keyword "${key}" (check the spelling; custom extensions start with x-)`
							)
				});
			}
			if (typeof node.format === 'string' && !formats.has(node.format)) {
				problems.push({
					pointer: here + '/format',
					code: 'unknown-format',
					message: msg(locale, `未知的格式“${node.format}”`, `unknown format "${node.format}"`)
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
						message: msg(locale, `正则表达式无效：${p}`, `invalid regular expression: ${p}`)
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
					message: msg(
						locale,
						`${what.zh}嵌套超过 ${maxDepth} 层，请减少嵌套（例如拆分为并列的分组）`,
						`the ${what.en} is nested deeper than ${maxDepth} levels; flatten it (e.g. into sibling sections)`
					)
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
			message: msg(
				locale,
				`${what.zh}过大（${nodes} 个子结构，上限 ${opts.maxNodes}）`,
				`the ${what.en} is too large (${nodes} subschemas, limit ${opts.maxNodes})`
			)
		});
		return problems;
	}

	problems.push(...compileProblems(ajv, schema as object, base, what, locale));
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
	what: { zh: string; en: string },
	locale?: Locale
): Problem[] {
	const key = `${locale ?? ''}\u0000${what.en}\u0000${JSON.stringify(schema)}`;
	let found = compiled.get(key);
	if (!found) {
		found = compileOutcome(ajv, schema, what, locale);
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
	what: { zh: string; en: string },
	locale?: Locale
): { pointer: string; message: string }[] {
	try {
		if (!ajv.validateSchema(schema)) {
			const errors = (ajv.errors ?? []).map((e) => ({ ...e }));
			if (locale !== 'en') localizeZh(errors);
			// the meta-schema reports one mistake several ways (enum, array, anyOf): keep one per place
			const byPlace = new Map<string, string>();
			for (const e of errors) {
				if (!byPlace.has(e.instancePath)) byPlace.set(e.instancePath, e.message ?? e.keyword);
			}
			return [...byPlace].map(([at, text]) => ({
				pointer: at,
				message: msg(locale, `不是有效的 JSON Schema：`, `not a valid JSON Schema: `) + text
			}));
		}
		ajv.compile(schema);
		return [];
	} catch (err) {
		return [
			{
				pointer: '',
				message:
					msg(locale, `${what.zh}无法编译：`, `the ${what.en} does not compile: `) +
					(err instanceof Error ? err.message : String(err))
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
