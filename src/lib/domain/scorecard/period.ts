// Days and months of the scorecard's period, as people in the deployment's zone count them.
import { DEFAULT_TIME_ZONE, formatInstant, isTimeZone } from '../time';

/** The longest period the scorecard reads month by month (five years). */
export const MAX_MONTHS = 60;

export function zoneOrDefault(zone: string | undefined): string {
	return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/** The day (YYYY-MM-DD) an instant falls on in the zone. */
export function dayIn(instant: string, zone: string): string {
	return formatInstant(instant, { timeZone: zone, precision: 'day' });
}

/** YYYY-MM shifted by whole months. */
export function addMonths(month: string, by: number): string {
	const [y, m] = month.split('-').map(Number);
	const i = y * 12 + (m - 1) + by;
	return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a month, YYYY-MM-DD. */
export function lastDayOf(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The months a period touches, first to last (YYYY-MM). */
export function monthsOf(from: string, to: string): string[] {
	const months: string[] = [];
	for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) months.push(m);
	return months;
}

/** The default period: the 12 calendar months ending with the month of `to`. */
export function defaultFrom(to: string): string {
	return `${addMonths(to.slice(0, 7), -11)}-01`;
}
