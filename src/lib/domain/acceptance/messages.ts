// Ajv errors on an application → problems an applicant can act on: the field's own title from the
// published schema, a message in their language, and a pointer to jump to.
import type { ErrorObject } from 'ajv';
import localizeZh from 'ajv-i18n/localize/zh';
import { checkFormat, CN_FORMATS } from '../formats';
import { msg, type Locale } from '../i18n';
import type { JsonSchema, Problem } from '../item/types';
import { parsePointer, pointer, resolvePointer } from '../pointer';

const TYPE_NAMES: Record<string, [string, string]> = {
	integer: ['整数', 'an integer'],
	number: ['数字', 'a number'],
	string: ['文本', 'text'],
	boolean: ['是或否', 'yes or no'],
	object: ['对象', 'an object'],
	array: ['列表', 'a list'],
	null: ['空值', 'null']
};

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

/** Title of the field an error is about: the parent schema of the failing keyword. */
function titleFor(root: JsonSchema, e: ErrorObject, child?: string): string | undefined {
	const tokens = e.schemaPath.split('/');
	tokens.pop();
	let parent = schemaAt(root, tokens.join('/'));
	if (parent && child !== undefined) {
		parent = (parent.properties as Record<string, JsonSchema> | undefined)?.[child];
	}
	return typeof parent?.title === 'string' ? parent.title : undefined;
}

const FILE_FIELDS: Record<string, [string, string]> = {
	name: ['文件名', 'file name'],
	mediaType: ['文件类型', 'file type'],
	size: ['文件大小', 'file size'],
	sha256: ['文件摘要', 'file digest']
};

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
	const field = tokens[2] ? FILE_FIELDS[tokens[2]] : undefined;
	return field ? `${name} › ${msg(locale, field[0], field[1])}` : name;
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
	const copy = errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword)).map((e) => ({ ...e }));
	if (locale !== 'en') localizeZh(copy);
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
				title = titleFor(root, e, missing) ?? missing;
				text = msg(locale, '必须填写', 'is required');
				break;
			}
			case 'unevaluatedProperties':
			case 'additionalProperties': {
				const extra = String(params.unevaluatedProperty ?? params.additionalProperty);
				ptr += pointer(extra);
				title = extra;
				text =
					e.instancePath === '/materials'
						? msg(
								locale,
								'不是本事项要求的申请材料，请删除',
								'is not a material of this item; remove it'
							)
						: msg(locale, '不是本申请表的字段，请删除', 'is not a field of this form; remove it');
				break;
			}
			case 'false schema':
				text = msg(locale, '在当前申请情形下不应提交', 'must not be submitted in this case');
				break;
			case 'enum': {
				const allowed = ((params.allowedValues as unknown[]) ?? []).map((v) =>
					typeof v === 'string' ? v : JSON.stringify(v)
				);
				text = msg(
					locale,
					`应当是以下之一：${allowed.join('、')}`,
					`must be one of: ${allowed.join(', ')}`
				);
				break;
			}
			case 'maximum':
			case 'minimum':
				if (ptr.startsWith('/materials/') && ptr.endsWith('/size')) {
					const limit = Number(params.limit);
					text =
						e.keyword === 'maximum'
							? msg(locale, `不能超过 ${bytes(limit)}`, `must not exceed ${bytes(limit)}`)
							: msg(locale, '文件为空', 'the file is empty');
				}
				break;
			case 'type': {
				const t = String(params.type).split(',')[0];
				const name = TYPE_NAMES[t] ?? [t, t];
				text = msg(locale, `应当是${name[0]}`, `must be ${name[1]}`);
				break;
			}
			case 'format': {
				const format = String(params.format);
				const value = resolvePointer(opts.data, e.instancePath);
				if (isCnFormat(format) && typeof value === 'string') {
					const check = checkFormat(format as keyof typeof CN_FORMATS, value, { locale });
					if (check.message) text = check.message;
				}
				break;
			}
		}
		if (ptr.startsWith('/materials/') && e.keyword !== 'unevaluatedProperties') {
			title = materialLabel(root, ptr, locale) ?? title;
		}
		const reported = opts.relocate
			? opts.relocate((opts.prefix ?? '') + ptr)
			: (opts.prefix ?? '') + ptr;
		const message = title ? `${title}${msg(locale, '：', ': ')}${text}` : text;
		const key = `${reported}\n${message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ pointer: reported, code: e.keyword, message });
	}
	return out;
}
