// Shape and date checks for administrator-supplied calendar data, with JSON pointers, so a bad upload
// is refused with a list of exactly what to fix and the calendar in use is left untouched.
import { parseDate, isWeekend, LocalizedError } from './civil';
import type { Problem } from '../item/types';
import { pointer } from '../pointer';
import { translator, type Locale } from '../i18n';
import { workdaysMessages as messages } from './messages';

const YEAR_RE = /^\d{4}$/;
const REGION_PREFIX_RE = /^\d{2,6}$/;

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkYears(
	years: unknown,
	at: (string | number)[],
	locale: Locale | undefined,
	out: Problem[]
): void {
	const t = translator(messages, locale);
	if (!isObject(years)) {
		out.push({
			pointer: pointer(...at),
			message: t('workdays.years.notObject'),
			code: 'type'
		});
		return;
	}
	for (const [year, value] of Object.entries(years)) {
		const here = [...at, year];
		if (!YEAR_RE.test(year)) {
			out.push({
				pointer: pointer(...here),
				message: t('workdays.year.digits', { year }),
				code: 'year'
			});
			continue;
		}
		if (!isObject(value)) {
			out.push({
				pointer: pointer(...here),
				message: t('workdays.year.notObject'),
				code: 'type'
			});
			continue;
		}
		const seen = new Map<string, string>();
		for (const key of ['holidays', 'workdays'] as const) {
			const list = value[key];
			if (!Array.isArray(list)) {
				out.push({
					pointer: pointer(...here, key),
					message: t('workdays.list.missing', { key }),
					code: 'required'
				});
				continue;
			}
			list.forEach((d, i) => {
				const ptr = pointer(...here, key, i);
				try {
					parseDate(d as string);
				} catch (e) {
					const err = e as LocalizedError;
					out.push({ pointer: ptr, message: err.localized(locale), code: 'date' });
					return;
				}
				const date = d as string;
				if (date.slice(0, 4) !== year) {
					out.push({
						pointer: ptr,
						message: t('workdays.list.otherYear', { date, year }),
						code: 'year-mismatch'
					});
				}
				const earlier = seen.get(date);
				if (earlier === key) {
					out.push({
						pointer: ptr,
						message: t('workdays.list.twice', { date }),
						code: 'duplicate'
					});
				} else if (earlier) {
					out.push({
						pointer: ptr,
						message: t('workdays.list.both', { date }),
						code: 'conflict'
					});
				}
				seen.set(date, key);
				// A make-up workday on a weekday changes nothing, so it is almost certainly a typo.
				if (key === 'workdays' && !isWeekend(date)) {
					out.push({
						pointer: ptr,
						message: t('workdays.list.notWeekend', { date }),
						code: 'workday-not-weekend'
					});
				}
			});
		}
	}
}

/** Problems in calendar data (empty when it can be used). */
export function validateCalendarData(data: unknown, locale?: Locale): Problem[] {
	const t = translator(messages, locale);
	const out: Problem[] = [];
	if (!isObject(data)) {
		return [
			{
				pointer: '',
				message: t('workdays.data.notObject'),
				code: 'type'
			}
		];
	}
	for (const key of ['id', 'source'] as const) {
		if (data[key] !== undefined && (typeof data[key] !== 'string' || data[key] === '')) {
			out.push({
				pointer: pointer(key),
				message: t('workdays.data.emptyString', { key }),
				code: 'type'
			});
		}
	}
	if (data.years === undefined) {
		out.push({
			pointer: '/years',
			message: t('workdays.data.years'),
			code: 'required'
		});
	} else checkYears(data.years, ['years'], locale, out);
	if (data.regions !== undefined) {
		if (!isObject(data.regions)) {
			out.push({
				pointer: '/regions',
				message: t('workdays.regions.notObject'),
				code: 'type'
			});
		} else {
			for (const [prefix, region] of Object.entries(data.regions)) {
				if (!REGION_PREFIX_RE.test(prefix)) {
					out.push({
						pointer: pointer('regions', prefix),
						message: t('workdays.region.key', { prefix }),
						code: 'region'
					});
				}
				if (!isObject(region)) {
					out.push({
						pointer: pointer('regions', prefix),
						message: t('workdays.region.notObject'),
						code: 'type'
					});
				} else checkYears(region.years, ['regions', prefix, 'years'], locale, out);
			}
		}
	}
	return out;
}
