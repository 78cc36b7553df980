import { describe, expect, it } from 'vitest';
import {
	addWorkdays,
	calendarFromData,
	chineseDaysData,
	CalendarDataError,
	CalendarGapError,
	defaultCalendar,
	dueDate,
	isWorkday,
	validateCalendarData,
	workdaysBetween,
	type CalendarData
} from './index';
import chineseDaysPackage from 'chinese-days/package.json';

const cal = defaultCalendar();
const lastYear = Math.max(...cal.years);
const gapYear = lastYear + 1;

describe('default calendar (chinese-days)', () => {
	it('records the package and the years it covers', () => {
		expect(cal.id).toBe(`chinese-days@${chineseDaysPackage.version}`);
		expect(cal.years).toContain(2024);
		expect(cal.years).toContain(2025);
		expect(defaultCalendar()).toBe(cal);
	});

	it('2024 National Day: Oct 1–7 off, Sunday Sep 29 and Saturday Oct 12 worked', () => {
		for (let d = 1; d <= 7; d++) expect(isWorkday(cal, `2024-10-0${d}`)).toBe(false);
		expect(isWorkday(cal, '2024-09-29')).toBe(true);
		expect(isWorkday(cal, '2024-10-12')).toBe(true);
		expect(isWorkday(cal, '2024-10-08')).toBe(true);
		// an ordinary weekend
		expect(isWorkday(cal, '2024-10-19')).toBe(false);
		expect(isWorkday(cal, '2024-10-20')).toBe(false);
		// accepted on Sep 30 (Mon): 1 working day later is Oct 8; 5 later skips the weekend but
		// counts the make-up Saturday Oct 12
		expect(addWorkdays(cal, '2024-09-30', 1)).toBe('2024-10-08');
		expect(addWorkdays(cal, '2024-09-30', 5)).toBe('2024-10-12');
		expect(addWorkdays(cal, '2024-09-27', 1)).toBe('2024-09-29');
		expect(workdaysBetween(cal, '2024-09-27', '2024-10-13')).toBe(7);
	});

	it('2025 Spring Festival with make-up Sunday Jan 26 and Saturday Feb 8', () => {
		expect(isWorkday(cal, '2025-01-26')).toBe(true);
		expect(isWorkday(cal, '2025-02-08')).toBe(true);
		for (const d of ['2025-01-28', '2025-01-31', '2025-02-03', '2025-02-04']) {
			expect(isWorkday(cal, d)).toBe(false);
		}
		expect(isWorkday(cal, '2025-02-05')).toBe(true);
		// Fri Jan 24 + 1 → Sun Jan 26 (make-up), + 2 → Mon Jan 27, + 3 → Wed Feb 5
		expect(addWorkdays(cal, '2025-01-24', 1)).toBe('2025-01-26');
		expect(addWorkdays(cal, '2025-01-24', 3)).toBe('2025-02-05');
		// Feb 5, 6, 7 and the make-up Saturday Feb 8
		expect(workdaysBetween(cal, '2025-02-04', '2025-02-09')).toBe(4);
		expect(workdaysBetween(cal, '2025-02-09', '2025-02-04')).toBe(-4);
	});

	it('a 20-working-day limit over the 2024 National Day', () => {
		const due = dueDate(cal, '2024-09-20', { value: 20, unit: 'workday' });
		expect(due).toBe('2024-10-23');
		expect(workdaysBetween(cal, '2024-09-20', due)).toBe(20);
	});

	it('counting backwards mirrors counting forwards', () => {
		expect(addWorkdays(cal, '2024-10-08', -1)).toBe('2024-09-30');
		expect(addWorkdays(cal, '2024-10-08', 0)).toBe('2024-10-08');
	});

	it(`running into a year without data is an error, never a weekday guess`, () => {
		const lastDay = `${lastYear}-12-31`;
		expect(() => isWorkday(cal, `${gapYear}-03-02`)).toThrow(CalendarGapError);
		expect(() => addWorkdays(cal, lastDay, 5)).toThrow(CalendarGapError);
		try {
			addWorkdays(cal, lastDay, 5);
		} catch (e) {
			expect((e as CalendarGapError).year).toBe(gapYear);
			expect((e as Error).message).toBe(`${gapYear} 年的节假日安排尚未发布，无法计算工作日`);
			expect((e as CalendarGapError).localized('en')).toContain(`${gapYear}`);
		}
	});

	it('invalid dates are refused clearly', () => {
		expect(() => isWorkday(cal, '2023-02-29')).toThrow('2023 年 2 月只有 28 天');
		expect(() => addWorkdays(cal, '2024-13-01', 1)).toThrow('月份 13 不存在');
	});
});

describe('due dates in natural days and months', () => {
	it('counts natural days and moves a deadline off a holiday', () => {
		// Sep 24 + 7 days = Oct 1 (holiday) → the first working day after the holiday
		expect(dueDate(cal, '2024-09-24', { value: 7, unit: 'day' })).toBe('2024-10-08');
		expect(dueDate(cal, '2024-09-24', { value: 7, unit: 'day' }, { rollForward: false })).toBe(
			'2024-10-01'
		);
		expect(dueDate(cal, '2024-09-02', { value: 2, unit: 'day' })).toBe('2024-09-04');
	});

	it('counts months to the same day, clamped to the month end', () => {
		expect(dueDate(cal, '2024-01-31', { value: 1, unit: 'month' })).toBe('2024-02-29');
		// 2025-03-31 + 1 month = Apr 30 (Wednesday, a working day)
		expect(dueDate(cal, '2025-03-31', { value: 1, unit: 'month' })).toBe('2025-04-30');
		// 2024-08-31 + 1 month = Sep 30 (Monday)
		expect(dueDate(cal, '2024-08-31', { value: 1, unit: 'month' })).toBe('2024-09-30');
	});
});

describe('administrator calendars', () => {
	const data2028: CalendarData = {
		id: 'gd-2028',
		source: '国务院办公厅关于2028年部分节假日安排的通知',
		years: {
			'2028': {
				holidays: ['2028-01-01', '2028-01-02', '2028-01-03'],
				workdays: ['2028-01-08']
			},
			'2024': {
				// a corrected 2024 where Oct 8 is also a holiday and Sep 29 is not worked
				holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-08'],
				workdays: ['2024-10-12']
			}
		}
	};

	it('adds a year the package lacks and replaces a year it has, whole', () => {
		const custom = calendarFromData(data2028);
		expect(custom.id).toBe(`gd-2028+${cal.id}`);
		expect(custom.years).toContain(2028);
		expect(custom.years).toContain(2025);
		expect(isWorkday(custom, '2028-01-03')).toBe(false); // Monday, holiday
		expect(isWorkday(custom, '2028-01-08')).toBe(true); // make-up Saturday
		expect(isWorkday(custom, '2028-01-09')).toBe(false);
		// New Year 2028 (Sat–Mon) is skipped
		expect(addWorkdays(custom, '2027-12-31', 1)).toBe('2028-01-04');
		// 2024 replaced whole: Oct 8 off, Sep 29 and Oct 4 (no longer listed) follow the weekday rule
		expect(isWorkday(custom, '2024-10-08')).toBe(false);
		expect(isWorkday(custom, '2024-09-29')).toBe(false);
		expect(isWorkday(custom, '2024-10-04')).toBe(true);
		// untouched years come from the base
		expect(isWorkday(custom, '2025-01-26')).toBe(true);
		expect(isWorkday(cal, '2024-10-08')).toBe(true);
	});

	it('without a base only its own years count', () => {
		const alone = calendarFromData(data2028, null);
		expect(alone.years).toEqual([2024, 2028]);
		expect(() => isWorkday(alone, '2025-01-02')).toThrow(CalendarGapError);
	});

	it('applies regional holidays on top of the national schedule', () => {
		const guangxi = calendarFromData({
			id: 'gx',
			years: {},
			regions: {
				'45': { years: { '2025': { holidays: ['2025-03-31', '2025-04-01'], workdays: [] } } }
			}
		});
		expect(isWorkday(guangxi, '2025-03-31', '450102')).toBe(false);
		expect(isWorkday(guangxi, '2025-03-31', '110101')).toBe(true);
		expect(isWorkday(guangxi, '2025-03-31')).toBe(true);
		expect(addWorkdays(guangxi, '2025-03-28', 1, '450102')).toBe('2025-04-02');
	});

	it('refuses invalid data with pointers and keeps nothing of it', () => {
		const bad = {
			years: {
				'2027': { holidays: ['2027-02-30', '2026-12-31'], workdays: ['2027-01-04', '2027-01-09'] },
				'27': { holidays: [], workdays: [] },
				'2029': { holidays: ['2029-01-01', '2029-01-01'] }
			},
			regions: { x: { years: {} } }
		};
		const problems = validateCalendarData(bad);
		const at = (p: string) => problems.filter((x) => x.pointer === p).map((x) => x.code);
		expect(at('/years/2027/holidays/0')).toEqual(['date']);
		expect(at('/years/2027/holidays/1')).toEqual(['year-mismatch']);
		expect(at('/years/2027/workdays/0')).toEqual(['workday-not-weekend']);
		expect(at('/years/2027/workdays/1')).toEqual([]);
		expect(at('/years/27')).toEqual(['year']);
		expect(at('/years/2029/holidays/1')).toEqual(['duplicate']);
		expect(at('/years/2029/workdays')).toEqual(['required']);
		expect(at('/regions/x')).toEqual(['region']);
		expect(problems.find((p) => p.pointer === '/years/2027/holidays/0')?.message).toContain(
			'2027 年 2 月只有 28 天'
		);
		expect(validateCalendarData('nope', 'en')[0].message).toBe(
			'calendar data must be a JSON object'
		);
		expect(() => calendarFromData(bad as unknown as CalendarData)).toThrow(CalendarDataError);
	});

	it('the shipped data itself passes the administrator checks', () => {
		expect(validateCalendarData(chineseDaysData())).toEqual([]);
	});
});
