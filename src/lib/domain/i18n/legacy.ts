// Inline two-language messages, from before the catalogs. Kept only while call sites move to
// `defineMessages` + `translator`; new code must not use it.
import type { Locale } from './locale';

/** @deprecated declare the message in the area's catalog and use `translator(catalog, locale)`. */
export function msg(locale: Locale | undefined, zh: string, en: string): string {
	return locale === 'en' ? en : zh;
}
