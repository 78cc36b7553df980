// Shape and date checks for administrator-supplied calendar data, with JSON pointers, so a bad upload
// is refused with a list of exactly what to fix and the calendar in use is left untouched.
import { parseDate, isWeekend, LocalizedError } from './civil';
import type { Problem } from '../item/types';
import { pointer } from '../pointer';
import { msg, type Locale } from '../i18n';

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
	if (!isObject(years)) {
		out.push({
			pointer: pointer(...at),
			message: msg(locale, '应为以年份为键的对象', 'must be an object keyed by year'),
			code: 'type'
		});
		return;
	}
	for (const [year, value] of Object.entries(years)) {
		const here = [...at, year];
		if (!YEAR_RE.test(year)) {
			out.push({
				pointer: pointer(...here),
				message: msg(locale, `年份 ${year} 应为 4 位数字`, `year ${year} must be 4 digits`),
				code: 'year'
			});
			continue;
		}
		if (!isObject(value)) {
			out.push({
				pointer: pointer(...here),
				message: msg(
					locale,
					'应为包含 holidays 和 workdays 的对象',
					'must be an object with holidays and workdays'
				),
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
					message: msg(locale, `缺少 ${key} 日期列表`, `${key} must be a list of dates`),
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
						message: msg(locale, `${date} 不在 ${year} 年内`, `${date} is not in ${year}`),
						code: 'year-mismatch'
					});
				}
				const earlier = seen.get(date);
				if (earlier === key) {
					out.push({
						pointer: ptr,
						message: msg(locale, `${date} 重复列出`, `${date} is listed twice`),
						code: 'duplicate'
					});
				} else if (earlier) {
					out.push({
						pointer: ptr,
						message: msg(
							locale,
							`${date} 不能既是放假日又是调休上班日`,
							`${date} cannot be both a holiday and a make-up workday`
						),
						code: 'conflict'
					});
				}
				seen.set(date, key);
				// A make-up workday on a weekday changes nothing, so it is almost certainly a typo.
				if (key === 'workdays' && !isWeekend(date)) {
					out.push({
						pointer: ptr,
						message: msg(
							locale,
							`调休上班日 ${date} 不是周末，请核对日期`,
							`make-up workday ${date} is not a weekend day; check the date`
						),
						code: 'workday-not-weekend'
					});
				}
			});
		}
	}
}

/** Problems in calendar data (empty when it can be used). */
export function validateCalendarData(data: unknown, locale?: Locale): Problem[] {
	const out: Problem[] = [];
	if (!isObject(data)) {
		return [
			{
				pointer: '',
				message: msg(locale, '节假日数据应为 JSON 对象', 'calendar data must be a JSON object'),
				code: 'type'
			}
		];
	}
	for (const key of ['id', 'source'] as const) {
		if (data[key] !== undefined && (typeof data[key] !== 'string' || data[key] === '')) {
			out.push({
				pointer: pointer(key),
				message: msg(locale, `${key} 应为非空字符串`, `${key} must be a non-empty string`),
				code: 'type'
			});
		}
	}
	if (data.years === undefined) {
		out.push({
			pointer: '/years',
			message: msg(
				locale,
				'缺少 years（按年份的节假日安排）',
				'years (the schedule by year) is missing'
			),
			code: 'required'
		});
	} else checkYears(data.years, ['years'], locale, out);
	if (data.regions !== undefined) {
		if (!isObject(data.regions)) {
			out.push({
				pointer: '/regions',
				message: msg(
					locale,
					'应为以行政区划代码前缀为键的对象',
					'must be an object keyed by region code prefix'
				),
				code: 'type'
			});
		} else {
			for (const [prefix, region] of Object.entries(data.regions)) {
				if (!REGION_PREFIX_RE.test(prefix)) {
					out.push({
						pointer: pointer('regions', prefix),
						message: msg(
							locale,
							`地区键 ${prefix} 应为 2 到 6 位行政区划代码前缀`,
							`region key ${prefix} must be a 2- to 6-digit region code prefix`
						),
						code: 'region'
					});
				}
				if (!isObject(region)) {
					out.push({
						pointer: pointer('regions', prefix),
						message: msg(locale, '应为包含 years 的对象', 'must be an object with years'),
						code: 'type'
					});
				} else checkYears(region.years, ['regions', prefix, 'years'], locale, out);
			}
		}
	}
	return out;
}
