// Locale handling for the UI: the locale comes from the `banshi_lang` cookie (so server rendering
// already speaks the right language) and `t()` looks strings up in one table per locale.
import type { Locale } from '$lib/domain/i18n';
import { en, zh, type MessageKey } from './messages';

export type { MessageKey };
export const LOCALE_COOKIE = 'banshi_lang';

export function parseLocale(value: string | null | undefined): Locale {
	return value === 'en' ? 'en' : 'zh-CN';
}

/** Translator for a locale; `{name}` placeholders are filled from `params`. */
export function translator(locale: Locale) {
	const table = locale === 'en' ? en : zh;
	return (key: MessageKey, params?: Record<string, string | number>): string => {
		let s: string = table[key] ?? zh[key] ?? key;
		if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
		return s;
	};
}
