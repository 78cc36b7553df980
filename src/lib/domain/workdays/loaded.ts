// Years loaded by an administrator (from the State Council notice) on top of a calendar. A loaded
// year replaces that year of the base whole. The notice for a year may also name days of the year
// before (元旦 from 12月31日, a make-up Sunday in late December): those days are answered from the
// notice too, without making the rest of that other year known.
import { isWeekend, parseDate } from './civil';
import type { Calendar } from './calendar';
import type { ParsedNotice } from './notice';
import type { Problem } from '../item/types';
import { pointer } from '../pointer';
import { translator, type Locale } from '../i18n';
import { workdaysMessages as messages } from './messages';

export interface LoadedYear {
	year: number;
	/** days off, sorted; may include days of the neighbouring years the notice names */
	holidays: string[];
	/** make-up working days (调休上班), sorted */
	workdays: string[];
}

export function loadedYearOf(notice: ParsedNotice): LoadedYear {
	return { year: notice.year, holidays: [...notice.holidays], workdays: [...notice.workdays] };
}

/** Problems with a loaded year sent over the API (empty when it can be used). */
export function validateLoadedYear(value: LoadedYear, locale?: Locale): Problem[] {
	const t = translator(messages, locale);
	const out: Problem[] = [];
	const seen = new Map<string, string>();
	for (const key of ['holidays', 'workdays'] as const) {
		value[key].forEach((date, i) => {
			const at = pointer(key, i);
			let year: number;
			try {
				year = parseDate(date).year;
			} catch (e) {
				out.push({ pointer: at, code: 'date', message: (e as Error).message });
				return;
			}
			if (Math.abs(year - value.year) > 1) {
				out.push({
					pointer: at,
					code: 'year-mismatch',
					message: t('workdays.list.otherYear', { date, year: value.year })
				});
			}
			const earlier = seen.get(date);
			if (earlier) {
				out.push({
					pointer: at,
					code: earlier === key ? 'duplicate' : 'conflict',
					message: t(earlier === key ? 'workdays.list.twice' : 'workdays.list.both', { date })
				});
			}
			seen.set(date, key);
			if (key === 'workdays' && !isWeekend(date)) {
				out.push({
					pointer: at,
					code: 'workday-not-weekend',
					message: t('workdays.list.notWeekend', { date })
				});
			}
		});
	}
	return out;
}

/** `base` with the loaded years applied (the base itself when there are none). */
export function calendarWithYears(base: Calendar, years: LoadedYear[]): Calendar {
	if (!years.length) return base;
	const own = new Map<number, { holidays: Set<string>; workdays: Set<string> }>();
	const spill = new Map<string, boolean>();
	for (const y of years) {
		const sets = { holidays: new Set<string>(), workdays: new Set<string>() };
		own.set(y.year, sets);
		for (const [list, working] of [
			[y.holidays, false],
			[y.workdays, true]
		] as const) {
			for (const d of list) {
				if (Number(d.slice(0, 4)) === y.year) (working ? sets.workdays : sets.holidays).add(d);
				else spill.set(d, working);
			}
		}
	}
	const loaded = [...own.keys()].sort((a, b) => a - b);
	return {
		id: `${base.id}+notice:${loaded.join(',')}`,
		years: [...new Set([...base.years, ...loaded])].sort((a, b) => a - b),
		source: base.source,
		isWorkday(date: string, region?: string): boolean {
			const { year } = parseDate(date);
			const named = spill.get(date);
			if (named !== undefined) return named;
			const sets = own.get(year);
			if (!sets) return base.isWorkday(date, region);
			if (sets.workdays.has(date)) return true;
			if (sets.holidays.has(date)) return false;
			return !isWeekend(date);
		}
	};
}
