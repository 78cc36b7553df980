import type { Locale } from '../../domain/i18n';

/** English only when the client's first preference is English; Chinese otherwise. */
export function localeOf(request: Request): Locale {
	const header = request.headers.get('accept-language') ?? '';
	const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
	return first.startsWith('en') ? 'en' : 'zh-CN';
}
