import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, InvalidDateError, parseDate, weekday } from './civil';
import { dayInChina, todayInChina } from './today';

describe('civil dates', () => {
	it('rejects dates that do not exist, saying why', () => {
		expect(() => parseDate('2023-02-29')).toThrow(InvalidDateError);
		expect(() => parseDate('2023-02-29')).toThrow('2023 年 2 月只有 28 天');
		expect(() => parseDate('2024-13-01')).toThrow('月份 13 不存在');
		expect(() => parseDate('2024-4-1')).toThrow('YYYY-MM-DD');
		expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
	});

	it('knows the day of the week', () => {
		expect(weekday('2024-09-29')).toBe(0);
		expect(weekday('2024-10-12')).toBe(6);
		expect(weekday('2000-01-01')).toBe(6);
		expect(weekday('1969-12-31')).toBe(3);
	});

	it('adds days across months, leap days and years', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
		expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
		expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
	});

	it('adds months clamped to the end of the month', () => {
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
		expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
		expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
	});

	it('gives the date in China whatever the process time zone', () => {
		// 2024-12-31 17:30 UTC is already New Year's Day in Beijing.
		expect(todayInChina(new Date(Date.UTC(2024, 11, 31, 17, 30)))).toBe('2025-01-01');
		expect(todayInChina(new Date(Date.UTC(2024, 11, 31, 15, 59)))).toBe('2024-12-31');
	});

	it('gives a stored UTC timestamp its day in China (a retirement at 07:00 Beijing time)', () => {
		expect(dayInChina('2026-12-05T23:00:00.000Z')).toBe('2026-12-06');
		expect(dayInChina('2026-12-05T15:59:59.000Z')).toBe('2026-12-05');
		expect(dayInChina('not a time')).toBe('');
	});
});
