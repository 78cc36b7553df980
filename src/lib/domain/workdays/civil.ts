// Civil-date arithmetic on 'YYYY-MM-DD' strings. Deadlines are calendar dates in China, not instants:
// going through `new Date(localString)` shifts them by a day in time zones west of UTC, so every
// computation here is integer arithmetic on year/month/day and never touches the process time zone.
import { lookup, type Catalog, type Locale } from '../i18n';
import { workdaysDateMessages } from './date.messages';
import type { workdaysMessages } from './messages';

type WorkdaysKey =
	keyof (typeof workdaysMessages)['zh-CN'] | keyof (typeof workdaysDateMessages)['zh-CN'];
type Params = Readonly<Record<string, string | number>>;

/**
 * An error whose message is in a workdays catalog: Chinese as `message`, any language on request.
 * The catalog is the class's own: an invalid date needs only the date messages, so code that reads
 * dates without a calendar (ID numbers, today's date in the embeddable form) does not carry the
 * calendar's; the calendar's errors (calendar.ts) name the whole catalog.
 */
export class LocalizedError extends Error {
	static catalog: Catalog = workdaysDateMessages;
	readonly key: WorkdaysKey;
	readonly params: Params;
	constructor(key: WorkdaysKey, params: Params = {}, locale?: Locale) {
		super(lookup(new.target.catalog, locale, key, params));
		this.key = key;
		this.params = params;
	}
	localized(locale?: Locale): string {
		const { catalog } = this.constructor as typeof LocalizedError;
		return lookup(catalog, locale, this.key, this.params) ?? this.message;
	}
}

/** A string that is not a real calendar date in the form YYYY-MM-DD. */
export class InvalidDateError extends LocalizedError {
	readonly value: string;
	constructor(
		value: unknown,
		reason:
			'workdays.date.format' | 'workdays.date.year' | 'workdays.date.month' | 'workdays.date.days',
		params: Params = {}
	) {
		const shown = typeof value === 'string' ? value : JSON.stringify(value);
		super(reason, { ...params, value: shown });
		this.name = 'InvalidDateError';
		this.value = String(value);
	}
}

export interface CivilDate {
	year: number;
	month: number;
	day: number;
}

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year/month/day name a real date (no exceptions; used by the ID card check). */
export function isRealDate(year: number, month: number, day: number): boolean {
	return (
		Number.isInteger(year) &&
		Number.isInteger(month) &&
		Number.isInteger(day) &&
		year >= 1 &&
		year <= 9999 &&
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= daysInMonth(year, month)
	);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse 'YYYY-MM-DD'; throws InvalidDateError saying what is wrong. */
export function parseDate(value: string): CivilDate {
	const m = typeof value === 'string' ? DATE_RE.exec(value) : null;
	if (!m) throw new InvalidDateError(value, 'workdays.date.format');
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	if (year < 1) throw new InvalidDateError(value, 'workdays.date.year');
	if (month < 1 || month > 12) {
		throw new InvalidDateError(value, 'workdays.date.month', { month: m[2] });
	}
	const dim = daysInMonth(year, month);
	if (day < 1 || day > dim) {
		throw new InvalidDateError(value, 'workdays.date.days', { year, month, days: dim });
	}
	return { year, month, day };
}

/** Whether `value` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isDateString(value: string): boolean {
	try {
		parseDate(value);
		return true;
	} catch {
		return false;
	}
}

export function formatDate({ year, month, day }: CivilDate): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (the well-known era-based algorithm),
// so adding days is plain integer addition.
export function toDayNumber({ year, month, day }: CivilDate): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CivilDate {
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
	const n = toDayNumber(parseDate(date));
	// 1970-01-01 was a Thursday.
	return (((n + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
	const w = weekday(date);
	return w === 0 || w === 6;
}

export function addDays(date: string, n: number): string {
	if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
	return formatDate(fromDayNumber(toDayNumber(parseDate(date)) + n));
}

/** Signed number of days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
	return toDayNumber(parseDate(to)) - toDayNumber(parseDate(from));
}

/** The same day n months later, clamped to the end of a shorter month (01-31 + 1 → 02-28/29). */
export function addMonths(date: string, n: number): string {
	if (!Number.isInteger(n)) throw new RangeError(`not a whole number of months: ${n}`);
	const { year, month, day } = parseDate(date);
	const index = year * 12 + (month - 1) + n;
	const y = Math.floor(index / 12);
	const m = index - y * 12 + 1;
	return formatDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Compare two valid dates as strings: the format sorts chronologically. */
export function compareDates(a: string, b: string): number {
	parseDate(a);
	parseDate(b);
	return a < b ? -1 : a > b ? 1 : 0;
}
