// "Today" for deadlines and birth-date checks is the date in China, whatever time zone the server,
// the CLI or the browser runs in. China has kept UTC+8 without daylight saving since 1991, so a fixed
// offset is exact and avoids depending on the runtime's time-zone database.
import { formatDate, fromDayNumber } from './civil';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

// the last day asked for and its text: validation asks once per ID number of every submission
let lastDay = NaN;
let lastText = '';

/** The current date (YYYY-MM-DD) in Asia/Shanghai. */
export function todayInChina(now?: Date): string {
	const t = now ? now.getTime() : Date.now();
	if (Number.isNaN(t)) throw new RangeError('invalid Date');
	const day = Math.floor((t + CHINA_OFFSET_MS) / DAY_MS);
	if (day !== lastDay) {
		lastText = formatDate(fromDayNumber(day));
		lastDay = day;
	}
	return lastText;
}

/**
 * The date in China (YYYY-MM-DD) of a moment stored as an ISO timestamp (UTC): a retirement at
 * 07:00 Beijing time happened on that day, not the UTC day before. '' for a value that is no time.
 */
export function dayInChina(timestamp: string): string {
	const t = Date.parse(timestamp);
	return Number.isNaN(t) ? '' : todayInChina(new Date(t));
}
