import { describe, expect, it } from 'vitest';
import {
	CalendarGapError,
	calendarFromData,
	calendarWithYears,
	countFromAcceptance,
	defaultCalendar,
	validateLoadedYear,
	weekendFallback
} from './index';

// a calendar that knows 2030 only: 2030-10-01..07 off, Sunday 2030-09-29 worked
const only2030 = calendarFromData(
	{
		id: 'test-2030',
		years: {
			'2030': {
				holidays: [
					'2030-10-01',
					'2030-10-02',
					'2030-10-03',
					'2030-10-04',
					'2030-10-05',
					'2030-10-06',
					'2030-10-07'
				],
				workdays: ['2030-09-29']
			}
		}
	},
	null
);

describe('counting into a year without a schedule', () => {
	it('answers unknown years by weekends and remembers them', () => {
		const cal = weekendFallback(only2030);
		expect(cal.isWorkday('2031-01-01')).toBe(true);
		expect(cal.isWorkday('2031-01-04')).toBe(false);
		expect(cal.isWorkday('2030-10-01')).toBe(false);
		expect([...cal.guessed]).toEqual([2031]);
	});

	it('marks the count provisional with the years guessed, or refuses when strict', () => {
		const c = countFromAcceptance(only2030, '2030-12-27', [1, 5]);
		expect(c.deadlines).toEqual(['2030-12-30', '2031-01-03']);
		expect(c.provisionalYears).toEqual([2031]);
		expect(countFromAcceptance(only2030, '2030-12-20', [3]).provisionalYears).toEqual([]);
		expect(() => countFromAcceptance(only2030, '2030-12-27', [5], { strict: true })).toThrow(
			CalendarGapError
		);
	});

	it('names the next working day when accepted on a day off', () => {
		expect(countFromAcceptance(only2030, '2030-10-03', [1]).countStartsOn).toBe('2030-10-08');
		expect(countFromAcceptance(only2030, '2030-09-29', [1]).countStartsOn).toBeUndefined();
		// Dec 31 2030 is a Tuesday: a working day, no note even though the next one is unknown
		expect(countFromAcceptance(only2030, '2030-12-31', []).countStartsOn).toBeUndefined();
	});
});

describe('loaded years', () => {
	it('replace a year whole and answer the neighbouring days the notice names', () => {
		const cal = calendarWithYears(defaultCalendar(), [
			{
				year: 2031,
				holidays: ['2030-12-31', '2031-01-01', '2031-01-02'],
				workdays: ['2030-12-29']
			}
		]);
		expect(cal.years).toContain(2031);
		expect(cal.isWorkday('2031-01-02')).toBe(false);
		expect(cal.isWorkday('2031-01-03')).toBe(true);
		// the rest of 2030 is still unknown to the built-in data
		expect(cal.isWorkday('2030-12-31')).toBe(false);
		expect(cal.isWorkday('2030-12-29')).toBe(true);
		expect(() => cal.isWorkday('2030-12-30')).toThrow(CalendarGapError);
		expect(calendarWithYears(defaultCalendar(), [])).toBe(defaultCalendar());
	});

	it('are checked before use', () => {
		const problems = validateLoadedYear({
			year: 2031,
			holidays: ['2031-01-01', '2031-02-30', '2035-01-01'],
			workdays: ['2031-01-01', '2031-01-06']
		});
		expect(problems.map((p) => [p.pointer, p.code])).toEqual([
			['/holidays/1', 'date'],
			['/holidays/2', 'year-mismatch'],
			['/workdays/0', 'conflict'],
			['/workdays/0', 'workday-not-weekend'],
			['/workdays/1', 'workday-not-weekend']
		]);
	});
});
