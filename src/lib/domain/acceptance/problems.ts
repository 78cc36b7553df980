// Ajv errors on an application → problems an applicant can act on: the field's own title from the
// published schema, a message in their language, and a pointer to jump to.
import type { ErrorObject } from 'ajv';
import { checkFormat, CN_FORMATS, formatError } from '../formats';
import { formatMessages } from '../formats/messages';
import { joinList, lookup, translator, type Locale } from '../i18n';
import type { JsonSchema, Problem } from '../item/types';
import { parsePointer, pointer, resolvePointer } from '../pointer';
import { withoutEchoes } from '../validation/echoes';
import { localizeErrors } from '../validation/localize';
import { acceptanceMessages as messages } from './messages';

/** Keywords that only summarise errors reported elsewhere. */
const SUMMARY_KEYWORDS = new Set(['if', 'allOf', '$ref']);

function schemaAt(root: JsonSchema, schemaPath: string): JsonSchema | undefined {
	if (!schemaPath.startsWith('#')) return undefined;
	try {
		const node = resolvePointer(root, schemaPath.slice(1));
		return node && typeof node === 'object' ? (node as JsonSchema) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Title of the field an error is about: the parent schema of the failing keyword. A schema path that
 * does not lead to that keyword in `root` names no title here: precompiled validators check shared
 * subschemas in functions of their own, whose errors' paths start at the shared subschema (the
 * callers then take the title from the instance path, titleAtPath).
 */
function titleFor(root: JsonSchema, e: ErrorObject, child?: string): string | undefined {
	const tokens = e.schemaPath.split('/');
	const keyword = tokens.pop();
	let parent = schemaAt(root, tokens.join('/'));
	if (parent && keyword !== undefined && !(keyword in parent)) return undefined;
	if (parent && child !== undefined) {
		parent = (parent.properties as Record<string, JsonSchema> | undefined)?.[child];
	}
	return typeof parent?.title === 'string' ? parent.title : undefined;
}

const isNode = (v: unknown): v is JsonSchema => !!v && typeof v === 'object' && !Array.isArray(v);

/** Subschemas applying in place to the same instance (branches, local $refs), breadth first. */
function inPlace(root: JsonSchema, node: JsonSchema): JsonSchema[] {
	const out: JsonSchema[] = [];
	const queue: JsonSchema[] = [node];
	while (queue.length && out.length < 256) {
		const n = queue.shift()!;
		out.push(n);
		for (const k of ['allOf', 'anyOf', 'oneOf']) {
			if (Array.isArray(n[k])) queue.push(...(n[k] as unknown[]).filter(isNode));
		}
		for (const k of ['then', 'else']) if (isNode(n[k])) queue.push(n[k] as JsonSchema);
		if (typeof n.$ref === 'string' && n.$ref.startsWith('#/')) {
			try {
				const target = resolvePointer(root, n.$ref.slice(1));
				if (isNode(target)) queue.push(target);
			} catch {
				// an unresolvable $ref names no field
			}
		}
	}
	return out;
}

/**
 * The title of the field at an instance path, looked up in the whole schema: a field required only
 * under a condition (`then: { required: ['creditCode'] }`) is declared elsewhere, and applicants know
 * it by its title, never by its key.
 */
export function titleAtPath(root: JsonSchema, tokens: string[]): string | undefined {
	let level: JsonSchema[] = [root];
	for (const tok of tokens) {
		const next: JsonSchema[] = [];
		for (const n of level.flatMap((x) => inPlace(root, x))) {
			const props = isNode(n.properties) ? (n.properties as JsonSchema) : undefined;
			if (props && isNode(props[tok])) next.push(props[tok] as JsonSchema);
			else if (/^\d+$/.test(tok) && isNode(n.items)) next.push(n.items as JsonSchema);
		}
		if (!next.length) return undefined;
		level = next;
	}
	for (const n of level.flatMap((x) => inPlace(root, x))) {
		if (typeof n.title === 'string' && n.title.trim()) return n.title;
	}
	return undefined;
}

/** '材料名 › 文件大小' for problems inside an uploaded file reference. */
function materialLabel(root: JsonSchema, ptr: string, locale?: Locale): string | undefined {
	let tokens: string[];
	try {
		tokens = parsePointer(ptr);
	} catch {
		return undefined;
	}
	if (tokens[0] !== 'materials' || tokens.length < 2) return undefined;
	const mats = (root.properties as Record<string, JsonSchema> | undefined)?.materials;
	const m = (mats?.properties as Record<string, JsonSchema> | undefined)?.[tokens[1]];
	const name = typeof m?.title === 'string' ? m.title : tokens[1];
	const field = tokens[2] ? lookup(messages, locale, `acceptance.file.${tokens[2]}`) : undefined;
	return field ? `${name} › ${field}` : name;
}

function safeTokens(ptr: string): string[] {
	try {
		return parsePointer(ptr);
	} catch {
		return [];
	}
}

function bytes(n: number): string {
	if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
	if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
	return `${n} B`;
}

function isCnFormat(format: string): boolean {
	return Object.prototype.hasOwnProperty.call(CN_FORMATS, format);
}

export interface ProblemOptions {
	locale?: Locale;
	/** the validated data, to explain format failures (check digit, region code, …) */
	data?: unknown;
	/** prepended to every pointer, e.g. '/form' */
	prefix?: string;
	/** maps an instance pointer to the one reported (after the prefix is applied) */
	relocate?: (ptr: string) => string;
}

/**
 * Problems from Ajv errors against `root`. Pattern errors beside a failing format are dropped: the
 * format says more (a bad check digit rather than "does not match ^…$").
 */
export function toProblems(
	errors: ErrorObject[] | null | undefined,
	root: JsonSchema,
	opts: ProblemOptions = {}
): Problem[] {
	if (!errors?.length) return [];
	const { locale } = opts;
	const t = translator(messages, locale);
	const copy = localizeErrors(
		withoutEchoes(errors).filter((e) => !SUMMARY_KEYWORDS.has(e.keyword)),
		locale
	);
	const formatAt = new Set(copy.filter((e) => e.keyword === 'format').map((e) => e.instancePath));

	const out: Problem[] = [];
	const seen = new Set<string>();
	for (const e of copy) {
		if (e.keyword === 'pattern' && formatAt.has(e.instancePath)) continue;
		const params = e.params as Record<string, unknown>;
		let ptr = e.instancePath;
		let title = titleFor(root, e);
		let text = e.message ?? e.keyword;
		switch (e.keyword) {
			case 'required':
			case 'dependentRequired': {
				const missing = String(params.missingProperty);
				ptr += pointer(missing);
				title = titleFor(root, e, missing) ?? titleAtPath(root, safeTokens(ptr)) ?? missing;
				text = t('acceptance.problem.required');
				break;
			}
			case 'unevaluatedProperties':
			case 'additionalProperties': {
				const extra = String(params.unevaluatedProperty ?? params.additionalProperty);
				ptr += pointer(extra);
				title = extra;
				text = t(
					e.instancePath === '/materials'
						? 'acceptance.problem.notMaterial'
						: 'acceptance.problem.notField'
				);
				break;
			}
			case 'false schema':
				title = titleAtPath(root, safeTokens(ptr)) ?? title;
				text = t('acceptance.problem.falseSchema');
				break;
			case 'enum': {
				const allowed = ((params.allowedValues as unknown[]) ?? []).map((v) =>
					typeof v === 'string' ? v : JSON.stringify(v)
				);
				text = t('acceptance.problem.enum', { allowed: joinList(locale, allowed) });
				break;
			}
			case 'maximum':
			case 'minimum':
				if (ptr.startsWith('/materials/') && ptr.endsWith('/size')) {
					const limit = Number(params.limit);
					text =
						e.keyword === 'maximum'
							? t('acceptance.problem.tooLarge', { size: bytes(limit) })
							: t('acceptance.problem.emptyFile');
				}
				break;
			case 'type': {
				const type = String(params.type).split(',')[0];
				text = t('acceptance.problem.type', {
					type: lookup(messages, locale, `acceptance.type.${type}`) ?? type
				});
				break;
			}
			case 'format': {
				const format = String(params.format);
				const value = resolvePointer(opts.data, e.instancePath);
				if (isCnFormat(format) && typeof value === 'string') {
					const f = format as keyof typeof CN_FORMATS;
					text =
						checkFormat(f, value, { locale }).message ??
						formatError(f, value, { locale }) ??
						t('acceptance.problem.format', {
							format: lookup(formatMessages, locale, `formats.title.${f}`) ?? f
						});
				} else {
					// never Ajv's raw `应当匹配格式 "date"`: the format's name in words
					const known = lookup(messages, locale, `acceptance.format.${format}`);
					text = t('acceptance.problem.format', { format: known ?? format });
				}
				title = title ?? titleAtPath(root, safeTokens(ptr));
				break;
			}
		}
		if (title === undefined && ptr && !ptr.startsWith('/materials')) {
			title = titleAtPath(root, safeTokens(ptr));
		}
		if (ptr.startsWith('/materials/') && e.keyword !== 'unevaluatedProperties') {
			title = materialLabel(root, ptr, locale) ?? title;
		}
		const reported = opts.relocate
			? opts.relocate((opts.prefix ?? '') + ptr)
			: (opts.prefix ?? '') + ptr;
		const message = title ? t('acceptance.problem.titled', { title, text }) : text;
		const key = `${reported}\n${message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		// `false schema` is Ajv's internal word: say what it means
		const code = e.keyword === 'false schema' ? 'not-applicable' : e.keyword;
		out.push({ pointer: reported, code, message });
	}
	return out;
}
