// The UI's language: kept in the `banshi_lang` cookie so server rendering already speaks it.
// Messages use the one catalog shape of `$lib/domain/i18n`.
import { parseLocale, translator, type Locale } from '$lib/domain/i18n';
import { shellMessages } from './messages';

export { parseLocale };
export const LOCALE_COOKIE = 'banshi_lang';

export type ShellKey = keyof (typeof shellMessages)['zh-CN'];

/** The shell's translator for a locale. */
export function shellTranslator(locale: Locale) {
	return translator(shellMessages, locale);
}
export { plural, type PluralForm } from './plural';
