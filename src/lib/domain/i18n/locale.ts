// The two languages of Banshi Studio. Simplified Chinese is the default everywhere: the people who
// use the designer, the review screens and the portal read Chinese first; English is complete.
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A stored or requested language tag → one of ours; anything not English is Chinese. */
export function parseLocale(value: string | null | undefined): Locale {
	return value === 'en' || value?.toLowerCase().startsWith('en-') ? 'en' : DEFAULT_LOCALE;
}

/** Accept-Language → the first of our locales the client lists (RFC 9110 §12.5.4), else Chinese. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
	if (!header) return DEFAULT_LOCALE;
	const ranked = header
		.split(',')
		.map((part, i) => {
			const [tag, ...rest] = part.trim().split(';');
			const q = rest.map((r) => /^\s*q=([\d.]+)\s*$/.exec(r)?.[1]).find(Boolean);
			return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), i };
		})
		.filter((r) => r.tag && r.q > 0)
		.sort((a, b) => b.q - a.q || a.i - b.i);
	for (const { tag } of ranked) {
		if (tag === 'en' || tag.startsWith('en-')) return 'en';
		if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
	}
	return DEFAULT_LOCALE;
}
