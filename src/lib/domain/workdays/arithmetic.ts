// Deadline arithmetic over a working-day calendar. Counting steps one day at a time: limits are at
// most a few hundred days, and stepping lets every visited day be checked against the calendar, so a
// count that runs into a year without data fails instead of guessing.
import { addDays, addMonths, compareDates, parseDate } from './civil';
import type { Calendar } from './calendar';
import type { TimeLimit } from '../item/types';

export function isWorkday(cal: Calendar, date: string, region?: string): boolean {
	return cal.isWorkday(date, region);
}

/**
 * The date n working days after `start` (the start day itself is not counted: 受理 on a Friday plus
 * 1 working day is the next working day). Negative n counts backwards; 0 returns `start`.
 */
export function addWorkdays(cal: Calendar, start: string, n: number, region?: string): string {
	parseDate(start);
	if (!Number.isInteger(n)) throw new RangeError(`not a whole number of working days: ${n}`);
	const step = n < 0 ? -1 : 1;
	let left = Math.abs(n);
	let date = start;
	while (left > 0) {
		date = addDays(date, step);
		if (cal.isWorkday(date, region)) left--;
	}
	return date;
}

/** Working days in (from, to]; negative when `to` is before `from`. */
export function workdaysBetween(cal: Calendar, from: string, to: string, region?: string): number {
	const order = compareDates(from, to);
	if (order === 0) return 0;
	const [lo, hi] = order < 0 ? [from, to] : [to, from];
	let count = 0;
	for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) {
		if (cal.isWorkday(d, region)) count++;
	}
	return order < 0 ? count : -count;
}

export interface DueDateOptions {
	region?: string;
	/**
	 * For natural days and months: when the last day is not a working day, the period ends on the next
	 * working day (民法典 第二百零三条). Default true; pass false for the bare calendar date.
	 */
	rollForward?: boolean;
}

/** The last day of a time limit counted from `start` (the start day is not counted). */
export function dueDate(
	cal: Calendar,
	start: string,
	limit: Pick<TimeLimit, 'value' | 'unit'>,
	opts: DueDateOptions = {}
): string {
	const { value, unit } = limit;
	if (!Number.isInteger(value) || value < 0) {
		throw new RangeError(`time limit must be a whole number ≥ 0: ${value}`);
	}
	if (unit === 'workday') return addWorkdays(cal, start, value, opts.region);
	let end: string;
	if (unit === 'day') end = addDays(start, value);
	else if (unit === 'month') end = addMonths(start, value);
	else throw new RangeError(`unknown time unit: ${String(unit)}`);
	if (opts.rollForward === false || value === 0) return end;
	while (!cal.isWorkday(end, opts.region)) end = addDays(end, 1);
	return end;
}
