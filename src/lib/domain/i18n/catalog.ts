// One shape for every translated string in the project: a message table per area, written once in
// Simplified Chinese and once in English with the same keys, with `{name}` placeholders. The type of
// the English table is derived from the Chinese one, so a missing key is a compile error; the
// placeholders of both are compared by a test over every catalog (catalogs.test.ts).
import type { Locale } from './locale';

export type MessageTable = Readonly<Record<string, string>>;

/** Both languages of one area's messages. */
export interface Catalog<Z extends MessageTable = MessageTable> {
	readonly 'zh-CN': Z;
	readonly en: { readonly [K in keyof Z]: string };
}

/** `{name}` placeholders of a message, as a union of their names. */
export type ParamNames<S> = S extends `${string}{${infer P}}${infer Rest}`
	? P | ParamNames<Rest>
	: never;

/** A message's parameters: none, or an object naming every placeholder. */
export type ParamArgs<S> = [ParamNames<S>] extends [never]
	? []
	: [params: { readonly [P in ParamNames<S>]: string | number }];

/** Looks a key up in one locale and fills its placeholders. */
export type Translate<Z extends MessageTable> = <K extends keyof Z & string>(
	key: K,
	...params: ParamArgs<Z[K]>
) => string;

/** Declares an area's messages: `defineMessages({ 'x.y': '中文 {n}' }, { 'x.y': 'English {n}' })`. */
export function defineMessages<const Z extends MessageTable>(
	zh: Z,
	en: { readonly [K in keyof Z]: string }
): Catalog<Z> {
	return { 'zh-CN': zh, en };
}

/** Several areas' catalogs as one (keys must not collide; the catalogs test checks). */
export function mergeCatalogs<const C extends readonly Catalog[]>(
	...catalogs: C
): Catalog<UnionToIntersection<C[number]['zh-CN']> & MessageTable> {
	const zh: Record<string, string> = {};
	const en: Record<string, string> = {};
	for (const c of catalogs) {
		Object.assign(zh, c['zh-CN']);
		Object.assign(en, c.en);
	}
	return { 'zh-CN': zh, en } as never;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
	x: infer I
) => void
	? I
	: never;

const PLACEHOLDER = /\{([A-Za-z_][\w]*)\}/g;

/** Fills `{name}` placeholders; an unknown one is left as written so the mistake shows. */
export function fill(template: string, params?: Readonly<Record<string, string | number>>): string {
	if (!params) return template;
	return template.replace(PLACEHOLDER, (whole, name: string) =>
		Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
	);
}

/** The placeholder names a message uses, sorted (for the zh/en comparison). */
export function placeholdersOf(template: string): string[] {
	return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/**
 * The accessor: `const t = translator(catalog, locale); t('review.approved')`. No locale means
 * Chinese, the default of every domain function that takes an optional one.
 */
export function translator<Z extends MessageTable>(
	catalog: Catalog<Z>,
	locale: Locale | undefined
): Translate<Z> {
	const table: Readonly<Record<string, string>> = catalog[locale ?? 'zh-CN'] ?? catalog['zh-CN'];
	const fallback: Readonly<Record<string, string>> = catalog['zh-CN'];
	return ((key: string, params?: Record<string, string | number>) =>
		fill(table[key] ?? fallback[key] ?? key, params)) as Translate<Z>;
}

/**
 * A message whose key is built or stored at run time (an enum value's name, an error's message), or
 * undefined when the catalog has none, so the caller can show the raw value instead.
 */
export function lookup<Z extends MessageTable>(
	catalog: Catalog<Z>,
	locale: Locale | undefined,
	key: string,
	params?: Readonly<Record<string, string | number>>
): string | undefined {
	const zh: Readonly<Record<string, string>> = catalog['zh-CN'];
	if (!Object.prototype.hasOwnProperty.call(zh, key)) return undefined;
	const table: Readonly<Record<string, string>> = locale === 'en' ? catalog.en : zh;
	return fill(table[key], params);
}

/** A message in both languages, for data that carries both (a lint rule's title, say). */
export function bothLanguages<Z extends MessageTable, K extends keyof Z & string>(
	catalog: Catalog<Z>,
	key: K,
	...params: ParamArgs<Z[K]>
): { zh: string; en: string } {
	const values = params[0] as Readonly<Record<string, string | number>> | undefined;
	return { zh: fill(catalog['zh-CN'][key], values), en: fill(catalog.en[key], values) };
}

const SEPARATORS = {
	/** 甲、乙、丙 / A, B, C */
	items: ['、', ', '],
	/** 改为必填，更名为… / now required, renamed to… */
	phrases: ['，', ', '],
	/** 甲；乙 / A; B */
	clauses: ['；', '; ']
} as const;

/** A list in running text, joined as each language does it. */
export function joinList(
	locale: Locale | undefined,
	parts: readonly string[],
	kind: keyof typeof SEPARATORS = 'items'
): string {
	const [zh, en] = SEPARATORS[kind];
	return parts.join(locale === 'en' ? en : zh);
}
