// Messages from the core are Simplified Chinese by default; every message-producing function takes
// an optional locale so the UI can switch to English without translating core output itself.
export type Locale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Pick the message for a locale: `msg(locale, '中文', 'English')`. */
export function msg(locale: Locale | undefined, zh: string, en: string): string {
	return locale === 'en' ? en : zh;
}
