// Turning Ajv errors on the item document into problems people can act on: the pointer, the field's
// Chinese name from the meta-schema, and a message that says what is wrong in their language.
import type { ErrorObject } from 'ajv';
import localizeZh from 'ajv-i18n/localize/zh';
import { msg, type Locale } from '../i18n';
import { parsePointer, pointer } from '../pointer';
import { itemSchema } from './item-schema';
import type { JsonSchema, Problem } from './types';

const TYPE_NAMES: Record<string, [string, string]> = {
	integer: ['整数', 'an integer'],
	number: ['数字', 'a number'],
	string: ['字符串', 'a string'],
	boolean: ['布尔值（true 或 false）', 'a boolean (true or false)'],
	object: ['对象', 'an object'],
	array: ['数组', 'an array'],
	null: ['null', 'null']
};

let titles: Map<string, string> | undefined;

/** '/guide/promisedTimeLimit/value' → '承诺办结时限'-style titles for every data path pattern. */
function titleMap(): Map<string, string> {
	if (titles) return titles;
	titles = new Map();
	const stack: { s: JsonSchema; path: string }[] = [{ s: itemSchema, path: '' }];
	while (stack.length) {
		const { s, path } = stack.pop()!;
		if (typeof s.title === 'string') titles.set(path, s.title);
		const props = s.properties as Record<string, JsonSchema> | undefined;
		if (props)
			for (const [k, v] of Object.entries(props)) stack.push({ s: v, path: path + pointer(k) });
		if (s.items && typeof s.items === 'object')
			stack.push({ s: s.items as JsonSchema, path: path + '/*' });
	}
	return titles;
}

/** Human name of a document location: '申请材料 › 第4项 › 复印件份数'. */
export function fieldName(ptr: string, locale?: Locale): string | undefined {
	if (locale === 'en') return undefined;
	let tokens: string[];
	try {
		tokens = parsePointer(ptr);
	} catch {
		return undefined;
	}
	const map = titleMap();
	const parts: string[] = [];
	let pattern = '';
	for (const t of tokens) {
		const isIndex = /^\d+$/.test(t);
		pattern += isIndex ? '/*' : pointer(t);
		if (isIndex) {
			parts.push(`第${Number(t) + 1}项`);
			continue;
		}
		const title = map.get(pattern);
		if (!title) return parts.length ? parts.join(' › ') : undefined;
		parts.push(title);
	}
	return parts.length ? parts.join(' › ') : undefined;
}

function located(ptr: string, text: string, locale?: Locale): string {
	const name = fieldName(ptr, locale);
	const where = ptr === '' ? msg(locale, '（文档根）', '(document root)') : ptr;
	return name ? `${where}（${name}）：${text}` : `${where}${msg(locale, '：', ': ')}${text}`;
}

function enumText(e: ErrorObject, locale?: Locale): string {
	const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues ?? [];
	const help = (e.parentSchema as JsonSchema | undefined)?.markdownEnumDescriptions as
		string[] | undefined;
	const shown = allowed
		.map((v, i) => {
			const h = help?.[i];
			if (!h) return JSON.stringify(v);
			const zh = h.replace(/（.*）$/, '');
			const en = h.match(/（(.*)）$/)?.[1] ?? zh;
			return locale === 'en' ? `${JSON.stringify(v)} (${en})` : `${JSON.stringify(v)}（${zh}）`;
		})
		.join(locale === 'en' ? ', ' : '、');
	return msg(locale, `应当是以下值之一：${shown}`, `must be one of: ${shown}`);
}

/** Problems from Ajv errors on the item document. */
export function ajvProblems(errors: ErrorObject[] | null | undefined, locale?: Locale): Problem[] {
	if (!errors?.length) return [];
	const copy = errors.map((e) => ({ ...e }));
	if (locale !== 'en') localizeZh(copy);
	return copy.map((e) => {
		let ptr = e.instancePath;
		let text = e.message ?? e.keyword;
		const params = e.params as Record<string, unknown>;
		switch (e.keyword) {
			case 'type': {
				const t = String(params.type).split(',')[0];
				const name = TYPE_NAMES[t] ?? [t, t];
				text = msg(locale, `应当是${name[0]}`, `must be ${name[1]}`);
				break;
			}
			case 'required':
				ptr += pointer(String(params.missingProperty));
				text = msg(locale, '缺少必填项', 'is required but missing');
				break;
			case 'additionalProperties': {
				const extra = String(params.additionalProperty);
				ptr += pointer(extra);
				const known = Object.keys(((e.parentSchema as JsonSchema)?.properties as object) ?? {});
				text = msg(
					locale,
					`不允许的属性“${extra}”，此处可用的属性：${known.join('、')}`,
					`unknown property "${extra}"; allowed here: ${known.join(', ')}`
				);
				return {
					pointer: ptr,
					code: e.keyword,
					message: `${ptr}${msg(locale, '：', ': ')}${text}`
				};
			}
			case 'enum':
				text = enumText(e, locale);
				break;
			case 'const':
				text = msg(
					locale,
					`应当等于 ${JSON.stringify(params.allowedValue)}`,
					`must be ${JSON.stringify(params.allowedValue)}`
				);
				break;
		}
		return { pointer: ptr, code: e.keyword, message: located(ptr, text, locale) };
	});
}

/** A problem of our own rules, with the same message shape as schema problems. */
export function problem(ptr: string, code: string, text: string, locale?: Locale): Problem {
	return { pointer: ptr, code, message: located(ptr, text, locale) };
}
