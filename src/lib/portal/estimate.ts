// The completion date a citizen can expect if the application were accepted today. The arithmetic
// is the core's (working days over the holiday calendar); the portal only decides how to say it,
// including when next year's holiday schedule is not yet published and no date can be promised.
// Relative imports: the server's intake service uses this module too, where SvelteKit's $lib alias
// does not exist (database tests, the admin command line).
import type { TimeLimit } from '../domain/item/types';
import {
	CalendarGapError,
	calendarFromData,
	defaultCalendar,
	dueDate,
	type Calendar,
	type CalendarData
} from '../domain/workdays';

export type Estimate = { ok: true; date: string } | { ok: false; year: number };

/** The national calendar, with the administrator's published override applied when there is one. */
export function portalCalendar(override?: CalendarData | null): Calendar {
	if (!override) return defaultCalendar();
	try {
		return calendarFromData(override, defaultCalendar());
	} catch {
		// a broken override must not take the guide down; the national schedule still answers
		return defaultCalendar();
	}
}

export function estimateCompletion(
	limit: Pick<TimeLimit, 'value' | 'unit'>,
	today: string,
	calendar: Calendar = defaultCalendar()
): Estimate {
	try {
		return { ok: true, date: dueDate(calendar, today, limit) };
	} catch (error) {
		if (error instanceof CalendarGapError) return { ok: false, year: error.year };
		throw error;
	}
}
