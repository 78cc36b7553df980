// The calculations themselves. Each takes the whole form data and the day, and returns the value or
// undefined when its sources are not there (or not valid: an ID number with a wrong check character
// gives no birth date, its own field says what is wrong).
import { checkIdCard } from '../formats';
import { regionName, regionPath } from '../formats/regions';
import { addWorkdays, defaultCalendar, type Calendar } from '../workdays';
import type { Calc } from './types';
import { valueAt } from './value-at';

export { valueAt };

export interface CalcContext {
	/** YYYY-MM-DD: the day the form is filled in, or the day of acceptance in `decide` */
	today: string;
	/** the holiday calendar in force; the built-in one when absent */
	calendar?: Calendar;
}

/** The normalised ID number at `key`, when it is a valid one. */
function idAt(data: unknown, key: string, today: string): string | undefined {
	const v = valueAt(data, key);
	if (typeof v !== 'string') return undefined;
	const r = checkIdCard(v, { today });
	if (!r.valid) return undefined;
	return r.normalized ?? v;
}

const birthOf = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

/** Whole years from `birth` to `today` (a 29 February birthday counts on 1 March in other years). */
export function ageOn(birth: string, today: string): number {
	const [by, bm, bd] = birth.split('-').map(Number);
	const [ty, tm, td] = today.split('-').map(Number);
	let age = ty - by;
	if (tm < bm || (tm === bm && td < bd)) age--;
	return age;
}

function numbers(data: unknown, items: string, of: string | undefined): number[] | undefined {
	const list = valueAt(data, items);
	if (!Array.isArray(list)) return undefined;
	return list
		.map((x) => (of === undefined ? x : valueAt(x, of)))
		.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
}

/** Add decimals the way a clerk does: no 0.1 + 0.2 = 0.30000000000000004 in a total. */
function addExactly(xs: number[]): number {
	const places = Math.max(0, ...xs.map((x) => (String(x).split('.')[1] ?? '').length));
	if (places > 8) return xs.reduce((a, b) => a + b, 0);
	const f = 10 ** places;
	return Math.round(xs.reduce((a, b) => a + Math.round(b * f), 0)) / f;
}

/** Compute one calculation. Never throws for bad data: undefined means "nothing to show". */
export function computeCalc(calc: Calc, data: unknown, ctx: CalcContext): unknown {
	switch (calc.fn) {
		case 'birthDateFromId': {
			const id = idAt(data, calc.id, ctx.today);
			return id && birthOf(id);
		}
		case 'sexFromId': {
			const id = idAt(data, calc.id, ctx.today);
			if (!id) return undefined;
			return Number(id[16]) % 2 === 1 ? (calc.male ?? '男') : (calc.female ?? '女');
		}
		case 'ageFromId': {
			const id = idAt(data, calc.id, ctx.today);
			return id && ageOn(birthOf(id), ctx.today);
		}
		case 'regionFromId': {
			const id = idAt(data, calc.id, ctx.today);
			if (!id) return undefined;
			const code = id.slice(0, 6);
			// numbers issued before a region was merged or renamed keep their old code
			if (regionName(code) === undefined) return undefined;
			if (calc.as !== 'name') return code;
			return regionPath(code)
				.map((r) => r.name)
				.filter((n, i, all) => i === 0 || n !== all[i - 1])
				.join('');
		}
		case 'sum': {
			const xs = numbers(data, calc.items, calc.of);
			return xs && addExactly(xs);
		}
		case 'count': {
			const list = valueAt(data, calc.items);
			return Array.isArray(list) ? list.length : undefined;
		}
		case 'workdaysFrom': {
			if (!Number.isInteger(calc.days)) return undefined;
			try {
				return addWorkdays(ctx.calendar ?? defaultCalendar(), ctx.today, calc.days);
			} catch {
				// a year without a holiday schedule: no guess in a field the applicant relies on
				return undefined;
			}
		}
	}
}
