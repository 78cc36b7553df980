// Portal endpoints are public: no session is looked at, and query strings are checked strictly so a
// typo does not silently return something else that a CDN then caches.
import type { Locale } from '../../domain/i18n';
import { expectQuery, intParam, isDay } from './fields';
import { badRequest, notFound } from './problem';

export function versionNumber(raw: string, code: string, locale: Locale): number {
	if (!/^[1-9]\d{0,8}$/.test(raw))
		throw notFound(locale, [
			`事项 ${code} 没有第 ${raw} 版。`,
			`Item ${code} has no version ${raw}.`
		]);
	return Number(raw);
}

export function atParam(url: URL, locale: Locale): string | undefined {
	const at = expectQuery(url, ['at'], locale).get('at') ?? undefined;
	if (at !== undefined && !isDay(at))
		throw badRequest(locale, [
			'at 须为 YYYY-MM-DD 格式的日期。',
			'at must be a date as YYYY-MM-DD.'
		]);
	return at;
}

export { intParam };
