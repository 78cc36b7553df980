// Turning Ajv errors on the item document into problems people can act on: the pointer, the field's
// Chinese name from the meta-schema, and a message that says what is wrong in their language.
import type { ErrorObject } from 'ajv';
import { joinList, lookup, translator, type Locale } from '../i18n';
import { parsePointer, pointer } from '../pointer';
import { localizeErrors } from '../validation/localize';
import { itemSchema } from './item-schema';
import { itemMessages as messages } from './messages';
import type { JsonSchema, Problem } from './types';
import { urlKindOfPattern } from './urls';

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
	const t = translator(messages, locale);
	const parts: string[] = [];
	let pattern = '';
	for (const token of tokens) {
		const isIndex = /^\d+$/.test(token);
		pattern += isIndex ? '/*' : pointer(token);
		if (isIndex) {
			parts.push(t('item.problem.index', { n: Number(token) + 1 }));
			continue;
		}
		const title = map.get(pattern);
		if (!title) return parts.length ? parts.join(' › ') : undefined;
		parts.push(title);
	}
	return parts.length ? parts.join(' › ') : undefined;
}

function located(ptr: string, text: string, locale?: Locale): string {
	const t = translator(messages, locale);
	const name = fieldName(ptr, locale);
	const where = ptr === '' ? t('item.problem.root') : ptr;
	return name
		? t('item.problem.named', { where, name, text })
		: t('item.problem.at', { where, text });
}

function enumText(e: ErrorObject, locale?: Locale): string {
	const t = translator(messages, locale);
	const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues ?? [];
	const help = (e.parentSchema as JsonSchema | undefined)?.markdownEnumDescriptions as
		string[] | undefined;
	// each description reads '中文（English）'
	const shown = allowed.map((v, i) => {
		const h = help?.[i];
		if (!h) return JSON.stringify(v);
		const zh = h.replace(/（.*）$/, '');
		const en = h.match(/（(.*)）$/)?.[1] ?? zh;
		return t('item.problem.enumValue', {
			value: JSON.stringify(v),
			help: locale === 'en' ? en : zh
		});
	});
	return t('item.problem.enum', { values: joinList(locale, shown) });
}

/** Problems from Ajv errors on the item document. */
export function ajvProblems(errors: ErrorObject[] | null | undefined, locale?: Locale): Problem[] {
	if (!errors?.length) return [];
	const t = translator(messages, locale);
	return localizeErrors(errors, locale).map((e) => {
		let ptr = e.instancePath;
		let text = e.message ?? e.keyword;
		const params = e.params as Record<string, unknown>;
		switch (e.keyword) {
			case 'type': {
				const type = String(params.type).split(',')[0];
				text = t('item.problem.type', {
					type: lookup(messages, locale, `item.type.${type}`) ?? type
				});
				break;
			}
			case 'required':
				ptr += pointer(String(params.missingProperty));
				text = t('item.problem.required');
				break;
			case 'additionalProperties': {
				const extra = String(params.additionalProperty);
				ptr += pointer(extra);
				const known = Object.keys(((e.parentSchema as JsonSchema)?.properties as object) ?? {});
				text = t('item.problem.unknownProperty', {
					name: extra,
					allowed: joinList(locale, known)
				});
				return {
					pointer: ptr,
					code: e.keyword,
					message: t('item.problem.at', { where: ptr, text })
				};
			}
			case 'enum':
				text = enumText(e, locale);
				break;
			case 'const':
				text = t('item.problem.const', { value: JSON.stringify(params.allowedValue) });
				break;
			case 'pattern': {
				const kind = urlKindOfPattern(params.pattern);
				if (kind) text = t(`item.problem.url.${kind}`);
				break;
			}
		}
		return { pointer: ptr, code: e.keyword, message: located(ptr, text, locale) };
	});
}

/** A problem of our own rules, with the same message shape as schema problems. */
export function problem(ptr: string, code: string, text: string, locale?: Locale): Problem {
	return { pointer: ptr, code, message: located(ptr, text, locale) };
}
