// Comparing time limits given in different units without a holiday calendar. Lint runs before any
// particular start date is known, so each limit becomes a range of what it can mean and we only
// call a comparison certain when the ranges do not overlap.
import { translator, type Locale } from '../i18n';
import type { TimeLimit } from '../item/types';
import { lintMessages } from './messages';

type Range = [lo: number, hi: number];

// A calendar month holds 20–23 weekdays. The Spring Festival can take up to ~5 more weekdays off
// and make-up workdays (调休) can add one or two, so a month is taken as 16–24 working days rather
// than the usual "≈ 22": a single figure would call a borderline case certain.
const MONTH_WORKDAYS: Range = [16, 24];
const MONTH_DAYS: Range = [28, 31];
// About 13 statutory holidays a year fall on what would be workdays; with the way they cluster a
// span of working days can stretch by up to this many natural days per year of working days.
const HOLIDAY_STRETCH_PER_YEAR = 14;
const WORKDAYS_PER_YEAR = 250;

/** How many working days the limit can mean. */
function asWorkdays(t: TimeLimit): Range {
	const v = t.value;
	switch (t.unit) {
		case 'workday':
			return [v, v];
		case 'day':
			// every natural day could in principle be a working day (调休), but whole weeks hold at
			// most five, less any holidays
			return [
				Math.max(0, Math.floor(v / 7) * 5 - HOLIDAY_STRETCH_PER_YEAR * Math.ceil(v / 365)),
				v
			];
		case 'month':
			return [v * MONTH_WORKDAYS[0], v * MONTH_WORKDAYS[1]];
	}
}

/** How many natural days the limit can span. */
function asDays(t: TimeLimit): Range {
	const v = t.value;
	switch (t.unit) {
		case 'workday':
			return [
				v,
				Math.ceil(v / 5) * 7 + HOLIDAY_STRETCH_PER_YEAR * Math.ceil(v / WORKDAYS_PER_YEAR)
			];
		case 'day':
			return [v, v];
		case 'month':
			return [v * MONTH_DAYS[0], v * MONTH_DAYS[1]];
	}
}

export type Comparison = 'within' | 'exceeds' | 'may-exceed';

/** Whether `a` is longer than `b`: certainly, possibly (units differ), or certainly not. */
export function compareLimits(a: TimeLimit, b: TimeLimit): Comparison {
	if (a.unit === b.unit) return a.value > b.value ? 'exceeds' : 'within';
	const [aw, bw] = [asWorkdays(a), asWorkdays(b)];
	const [ad, bd] = [asDays(a), asDays(b)];
	if (aw[0] > bw[1] || ad[0] > bd[1]) return 'exceeds';
	if (aw[1] <= bw[0] || ad[1] <= bd[0]) return 'within';
	return 'may-exceed';
}

/** The most working days a limit can mean; used where a rule must not over-report. */
export function maxWorkdays(t: TimeLimit): number {
	return asWorkdays(t)[1];
}

export function isTimeLimit(t: unknown): t is TimeLimit {
	if (!t || typeof t !== 'object') return false;
	const { value, unit } = t as TimeLimit;
	return (
		typeof value === 'number' &&
		Number.isFinite(value) &&
		(unit === 'workday' || unit === 'day' || unit === 'month')
	);
}

export function formatLimit(t: TimeLimit, locale?: Locale): string {
	const tr = translator(lintMessages, locale);
	switch (t.unit) {
		case 'workday':
			return tr(t.value === 1 ? 'lint.limit.workday.one' : 'lint.limit.workday.other', {
				n: t.value
			});
		case 'day':
			return tr(t.value === 1 ? 'lint.limit.day.one' : 'lint.limit.day.other', { n: t.value });
		case 'month':
			return tr(t.value === 1 ? 'lint.limit.month.one' : 'lint.limit.month.other', {
				n: t.value
			});
	}
}

export function workdays(n: number): TimeLimit {
	return { value: n, unit: 'workday' };
}
