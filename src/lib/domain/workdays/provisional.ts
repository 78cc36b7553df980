// Deadlines when a year's holiday schedule is not known yet. The schedule for next year is published
// each November, sometimes late; the window must not stop in the meantime. A deadline that reaches
// into such a year is counted on weekends only and marked provisional, with the years it guessed,
// so it is recomputed once the schedule is loaded. `strict` keeps the old refusal.
import { addWorkdays } from './arithmetic';
import { CalendarGapError, type Calendar } from './calendar';
import { isWeekend, parseDate } from './civil';
import { translator, type Locale } from '../i18n';
import { workdaysMessages as messages } from './messages';

export interface WeekendFallback extends Calendar {
	/** the years answered on weekends only so far */
	readonly guessed: ReadonlySet<number>;
}

/** `cal`, answering a year without data by weekends only and remembering that it did. */
export function weekendFallback(cal: Calendar): WeekendFallback {
	const guessed = new Set<number>();
	return {
		id: cal.id,
		years: cal.years,
		source: cal.source,
		guessed,
		isWorkday(date: string, region?: string): boolean {
			try {
				return cal.isWorkday(date, region);
			} catch (e) {
				if (!(e instanceof CalendarGapError)) throw e;
				guessed.add(parseDate(date).year);
				return !isWeekend(date);
			}
		}
	};
}

export interface CountOptions {
	region?: string;
	/** refuse (CalendarGapError) instead of counting on weekends only */
	strict?: boolean;
}

export interface AcceptanceCount {
	/** the date n working days after the acceptance day, for each n asked */
	deadlines: string[];
	/** years whose schedule was not known: counted on weekends only (empty: the count is final) */
	provisionalYears: number[];
	/** the acceptance day is a holiday or a weekend: the working day the count starts on */
	countStartsOn?: string;
}

/**
 * Working-day deadlines from an acceptance day. A day that is not a working day (a holiday, a
 * weekend) is still the day of acceptance — online applications arrive on holidays — and the count
 * starts on the next working day (民法典 第二百零一条: the first day is not counted).
 */
export function countFromAcceptance(
	cal: Calendar,
	date: string,
	counts: number[],
	opts: CountOptions = {}
): AcceptanceCount {
	const fallback = weekendFallback(cal);
	const counting = opts.strict ? cal : fallback;
	const deadlines = counts.map((n) => addWorkdays(counting, date, n, opts.region));
	const provisionalYears = [...fallback.guessed].sort((a, b) => a - b);
	let countStartsOn: string | undefined;
	// only said of a day whose schedule is known: a guess would be no help to anyone
	const probe = weekendFallback(cal);
	if (!probe.isWorkday(date, opts.region) && !probe.guessed.size) {
		countStartsOn = addWorkdays(probe, date, 1, opts.region);
	}
	return { deadlines, provisionalYears, countStartsOn };
}

/** What to tell people about a count: the provisional reason and the holiday note. */
export function countNotes(
	count: AcceptanceCount,
	date: string,
	locale?: Locale
): { provisionalReason?: string; notes: string[] } {
	const t = translator(messages, locale);
	const notes: string[] = [];
	if (count.countStartsOn) {
		notes.push(t('workdays.holidayAcceptance', { date, next: count.countStartsOn }));
	}
	if (!count.provisionalYears.length) return { notes };
	const provisionalReason = t('workdays.provisional', {
		years: count.provisionalYears.join(locale === 'en' ? ', ' : '、')
	});
	return { provisionalReason, notes: [...notes, provisionalReason] };
}

/**
 * The year whose holiday schedule should be loaded by now and is not: the current year always, and
 * from 1 November the next one (the State Council publishes it in late October or November).
 */
export function missingSchedule(today: string, years: readonly number[]): number | undefined {
	const { year, month } = parseDate(today);
	if (!years.includes(year)) return year;
	if (month >= 11 && !years.includes(year + 1)) return year + 1;
	return undefined;
}
