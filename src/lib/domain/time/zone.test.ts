import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, formatInstant, isTimeZone, startOfDay } from './zone';

describe('formatInstant', () => {
	it('shows Beijing time by default: late evening UTC is the next morning', () => {
		expect(formatInstant('2026-12-04T22:47:00.000Z')).toBe('2026-12-05 06:47');
		expect(formatInstant('2026-12-04T22:47:00.000Z', { precision: 'day' })).toBe('2026-12-05');
	});

	it('follows a configured zone, and falls back to Beijing time for an unknown one', () => {
		expect(formatInstant('2026-12-04T22:47:00Z', { timeZone: 'Asia/Urumqi' })).toBe(
			'2026-12-05 04:47'
		);
		expect(formatInstant('2026-12-04T22:47:00Z', { timeZone: 'Mars/Olympus' })).toBe(
			'2026-12-05 06:47'
		);
		expect(isTimeZone(DEFAULT_TIME_ZONE)).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
	});

	it('leaves text that is no instant as it is', () => {
		expect(formatInstant('soon')).toBe('soon');
	});
});

describe('startOfDay', () => {
	it('is midnight in the zone: 16:00 UTC the day before, for Beijing time', () => {
		expect(startOfDay('2026-12-05').toISOString()).toBe('2026-12-04T16:00:00.000Z');
		expect(startOfDay('2026-07-01', 'Europe/Berlin').toISOString()).toBe(
			'2026-06-30T22:00:00.000Z'
		);
	});
});
