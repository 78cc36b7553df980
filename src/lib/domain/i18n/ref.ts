// A message named by its key instead of its text, for whoever decides something before the reader's
// language is known (the workflow's refusals, the server's errors). Parameters may themselves name
// messages — a status label inside a sentence — or lists, joined and rendered in the same language.
import { fill, joinList, type Catalog } from './catalog';
import type { Locale } from './locale';

export interface MessageRef<K extends string = string> {
	readonly key: K;
	readonly params?: Readonly<Record<string, MessageParam>>;
}

export type MessageParam = string | number | MessageRef | readonly (string | MessageRef)[];

/** `ref(key, params)`: a reference with the key checked against a catalog's keys by the caller's type. */
export function ref<K extends string>(
	key: K,
	params?: Readonly<Record<string, MessageParam>>
): MessageRef<K> {
	return params ? { key, params } : { key };
}

function isRef(value: unknown): value is MessageRef {
	return (
		typeof value === 'object' && value !== null && typeof (value as MessageRef).key === 'string'
	);
}

/** The text of a reference in `locale`; an unknown key shows as itself so the mistake is visible. */
export function renderRef(catalog: Catalog, locale: Locale, message: MessageRef): string {
	const table: Readonly<Record<string, string>> = catalog[locale] ?? catalog['zh-CN'];
	const fallback: Readonly<Record<string, string>> = catalog['zh-CN'];
	const template = table[message.key] ?? fallback[message.key] ?? message.key;
	if (!message.params) return template;
	const params: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(message.params)) {
		if (Array.isArray(value))
			params[name] = joinList(
				locale,
				value.map((v: string | MessageRef) => (isRef(v) ? renderRef(catalog, locale, v) : v))
			);
		else if (isRef(value)) params[name] = renderRef(catalog, locale, value);
		else params[name] = value as string | number;
	}
	return fill(template, params);
}
