// The completion date a citizen can expect if the application were accepted today. The arithmetic
// is the core's (working days over the holiday calendar); the portal only decides how to say it,
// including when next year's holiday schedule is not loaded yet and the date is provisional.
// Relative imports: the server's intake service uses this module too, where SvelteKit's $lib alias
// does not exist (database tests, the admin command line).
import type { TimeLimit } from '../domain/item/types';
import {
	CalendarGapError,
	calendarFromData,
	calendarWithYears,
	defaultCalendar,
	dueDate,
	weekendFallback,
	type Calendar,
	type CalendarData,
	type LoadedYear
} from '../domain/workdays';

/** What the server publishes about its calendar (GET /api/v1/portal/calendar). */
export interface PublishedCalendar {
	/** the administrator's override file (null: none) */
	override: CalendarData | null;
	/** years loaded from the State Council notice */
	years: LoadedYear[];
	/** deadlines in a year without a schedule are refused instead of provisional */
	strict: boolean;
}

export type Estimate =
	{ ok: true; date: string; provisional?: number[] } | { ok: false; year: number };

/** The national calendar with the administrator's override and loaded years applied. */
export function portalCalendar(published?: Partial<PublishedCalendar> | null): Calendar {
	let base = defaultCalendar();
	if (published?.override) {
		try {
			base = calendarFromData(published.override, defaultCalendar());
		} catch {
			// a broken override must not take the guide down; the national schedule still answers
		}
	}
	return calendarWithYears(base, published?.years ?? []);
}

export function estimateCompletion(
	limit: Pick<TimeLimit, 'value' | 'unit'>,
	today: string,
	calendar: Calendar = defaultCalendar(),
	strict = false
): Estimate {
	const counting = weekendFallback(calendar);
	try {
		const date = dueDate(strict ? calendar : counting, today, limit);
		const guessed = [...counting.guessed].sort((a, b) => a - b);
		return guessed.length ? { ok: true, date, provisional: guessed } : { ok: true, date };
	} catch (error) {
		if (error instanceof CalendarGapError) return { ok: false, year: error.year };
		throw error;
	}
}
