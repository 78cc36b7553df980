// Days and months of the scorecard's period, as people in the deployment's zone count them.
import { DEFAULT_TIME_ZONE, isTimeZone } from '../time';

/** The longest period the scorecard reads month by month (five years). */
export const MAX_MONTHS = 60;

export function zoneOrDefault(zone: string | undefined): string {
	return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** days by zone and quarter hour of UTC: every zone's offset is a whole number of quarter hours */
const dayCache = new Map<string, Map<number, string>>();
const QUARTER_HOUR = 15 * 60_000;

/**
 * The day (YYYY-MM-DD) an instant falls on in a known zone. One formatter per zone, made once: the
 * scorecard reads every publication of the catalogue, and checking the zone name each time cost
 * more than everything else together.
 */
export function dayIn(instant: string, zone: string): string {
	const ms = Date.parse(instant);
	const bucket = Math.floor(ms / QUARTER_HOUR);
	let days = dayCache.get(zone);
	if (!days) dayCache.set(zone, (days = new Map()));
	const known = days.get(bucket);
	if (known !== undefined) return known;
	let f = dayFormats.get(zone);
	if (!f) {
		// en-CA writes a day as YYYY-MM-DD
		f = new Intl.DateTimeFormat('en-CA', {
			timeZone: zone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		dayFormats.set(zone, f);
	}
	const day = f.format(new Date(bucket * QUARTER_HOUR));
	// bounded: a catalogue's publications fall on a few thousand quarter hours at most
	if (days.size > 100_000) days.clear();
	days.set(bucket, day);
	return day;
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
