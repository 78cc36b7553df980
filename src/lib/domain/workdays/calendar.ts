// Working-day calendars: which dates are 工作日 under the State Council holiday schedule, including
// 调休 make-up working weekend days. The schedule for a year is published each November, so a
// calendar only answers for the years it has data for; any other year is an error, never a guess.
import { LocalizedError, isWeekend, parseDate } from './civil';
import { workdaysMessages } from './messages';
import { validateCalendarData } from './validate';
import type { Problem } from '../item/types';
import type { Catalog, Locale } from '../i18n';
// The package ships one JSON file with every year it knows; it is imported statically (the calendar
// must answer synchronously) but only turned into sets on first use.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import chineseDaysPackage from 'chinese-days/package.json';

export interface CalendarYear {
	/** non-working days (the whole holiday period, weekend days inside it included) */
	holidays: string[];
	/** make-up working weekend days (调休上班) */
	workdays: string[];
}

export interface CalendarData {
	id?: string;
	source?: string;
	years: Record<string, CalendarYear>;
	/**
	 * Regional additions keyed by region code prefix ('45' Guangxi, '650100' Ürümqi): their
	 * holidays and workdays are applied on top of the national answer; the longest prefix wins.
	 */
	regions?: Record<string, { years: Record<string, CalendarYear> }>;
}

export interface Calendar {
	id: string;
	/** the years with data, ascending */
	years: number[];
	source?: string;
	/** throws CalendarGapError for a year without data and InvalidDateError for a bad date */
	isWorkday(date: string, region?: string): boolean;
}

/** The holiday schedule of a year is not (yet) known to the calendar. */
export class CalendarGapError extends LocalizedError {
	static override catalog: Catalog = workdaysMessages;
	readonly year: number;
	readonly calendarId: string;
	constructor(year: number, calendarId: string) {
		super('workdays.gap', { year });
		this.name = 'CalendarGapError';
		this.year = year;
		this.calendarId = calendarId;
	}
}

/** Calendar data that failed validation; `problems` say what and where. */
export class CalendarDataError extends LocalizedError {
	static override catalog: Catalog = workdaysMessages;
	readonly problems: Problem[];
	constructor(problems: Problem[], locale?: Locale) {
		const list = problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ');
		super('workdays.data.invalid', { problems: list }, locale);
		this.name = 'CalendarDataError';
		this.problems = problems;
	}
}

interface YearSets {
	holidays: Set<string>;
	workdays: Set<string>;
}

function toSets(years: Record<string, CalendarYear>): Map<number, YearSets> {
	const out = new Map<number, YearSets>();
	for (const [year, y] of Object.entries(years)) {
		out.set(Number(year), { holidays: new Set(y.holidays), workdays: new Set(y.workdays) });
	}
	return out;
}

interface RegionLayer {
	prefix: string;
	years: Map<number, YearSets>;
}

function regionLayers(data: CalendarData): RegionLayer[] {
	return Object.entries(data.regions ?? {})
		.map(([prefix, r]) => ({ prefix, years: toSets(r.years) }))
		.sort((a, b) => b.prefix.length - a.prefix.length);
}

/** The regional answer for a date, or undefined when no region layer mentions it. */
function regionalAnswer(
	layers: RegionLayer[],
	date: string,
	year: number,
	region: string | undefined
): boolean | undefined {
	if (!region) return undefined;
	for (const layer of layers) {
		if (!region.startsWith(layer.prefix)) continue;
		const sets = layer.years.get(year);
		if (sets?.workdays.has(date)) return true;
		if (sets?.holidays.has(date)) return false;
	}
	return undefined;
}

function nationalAnswer(sets: YearSets, date: string): boolean {
	if (sets.workdays.has(date)) return true;
	if (sets.holidays.has(date)) return false;
	return !isWeekend(date);
}

/**
 * A calendar from administrator data. Years in `data` replace the same years of `base` whole (a
 * corrected schedule is republished whole); other years still come from `base`. Pass `null` for a
 * calendar with no base. Throws CalendarDataError when the data is invalid.
 */
export function calendarFromData(
	data: CalendarData,
	base: Calendar | null = defaultCalendar(),
	locale?: Locale
): Calendar {
	const problems = validateCalendarData(data, locale);
	if (problems.length) throw new CalendarDataError(problems, locale);
	const own = toSets(data.years);
	const layers = regionLayers(data);
	const ownId = data.id ?? 'custom';
	const id = base ? `${ownId}+${base.id}` : ownId;
	const years = new Set<number>([...own.keys(), ...(base?.years ?? [])]);
	return {
		id,
		years: [...years].sort((a, b) => a - b),
		source: data.source,
		isWorkday(date: string, region?: string): boolean {
			const { year } = parseDate(date);
			const sets = own.get(year);
			let national: boolean;
			if (sets) national = nationalAnswer(sets, date);
			else if (base) {
				try {
					national = base.isWorkday(date, region);
				} catch (e) {
					if (e instanceof CalendarGapError) throw new CalendarGapError(year, id);
					throw e;
				}
			} else throw new CalendarGapError(year, id);
			return regionalAnswer(layers, date, year, region) ?? national;
		}
	};
}

let defaultCal: Calendar | undefined;

/** Convert the chinese-days package data ({date: label} maps) into CalendarData. */
export function chineseDaysData(): CalendarData {
	const years: Record<string, CalendarYear> = {};
	const yearOf = (d: string) => (years[d.slice(0, 4)] ??= { holidays: [], workdays: [] });
	for (const d of Object.keys(chineseDays.holidays).sort()) yearOf(d).holidays.push(d);
	for (const d of Object.keys(chineseDays.workdays).sort()) yearOf(d).workdays.push(d);
	return {
		id: `chinese-days@${chineseDaysPackage.version}`,
		source: 'chinese-days (国务院办公厅关于节假日安排的通知)',
		years
	};
}

/** The national calendar shipped with the chinese-days package, parsed once. */
export function defaultCalendar(): Calendar {
	defaultCal ??= calendarFromData(chineseDaysData(), null);
	return defaultCal;
}
