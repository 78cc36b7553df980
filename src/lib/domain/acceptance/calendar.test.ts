// Deadlines across the new year and from a holiday: the decision stays a decision. Runs in
// China's time zone and in one west of UTC (npm test: unit and unit-west-of-utc).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileItem } from '../compile/compile';
import { fileRef, sampleForm } from '../../../../tests/fixtures/applications';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import {
	CalendarGapError,
	calendarFromData,
	calendarWithYears,
	defaultCalendar,
	loadedYearOf,
	parseHolidayNotice
} from '../workdays';
import { decide } from './decide';

const item = sampleItem();
item.riskClass = 'encouraged';
item.tolerance.maxMissing = 1;
item.tolerance.supplementDays = 10;
for (const m of item.materials) delete m.supplementDays;
// a promise long enough that no supplement deadline is brought forward to it
item.guide.legalTimeLimit = { value: 60, unit: 'workday' };
item.guide.promisedTimeLimit = { value: 40, unit: 'workday' };
const bundle = compileItem(item);
const tolerated = {
	form: sampleForm(),
	materials: { 'application-form': fileRef(), 'business-licence': fileRef() },
	commitment: true
};
const complete = {
	...tolerated,
	materials: { ...tolerated.materials, 'premises-layout': fileRef() }
};

// the built-in data ends with 2026; the next year is the one without a schedule
const lastYear = Math.max(...defaultCalendar().years);
// these tests are written for the data shipped today (2026 last): a newer package needs new dates
const built = lastYear === 2026;

function sample2027() {
	const text = readFileSync(
		new URL('../../../../tests/fixtures/holiday-notices/sample-2027.txt', import.meta.url),
		'utf8'
	);
	const result = parseHolidayNotice(text);
	if (!result.ok) throw new Error(result.problems[0].message);
	return calendarWithYears(defaultCalendar(), [loadedYearOf(result.notice)]);
}

describe.runIf(built)('a year without a holiday schedule never stops acceptance', () => {
	it('accepts on 2026-12-18 with a provisional 10-working-day deadline, weekends only', () => {
		const d = decide(bundle, tolerated, '2026-12-18');
		expect(d.decision).toBe('accept-with-tolerance');
		// Dec 21–25 and 28–31 are nine working days; Jan 1 2027 (a Friday) counts as the tenth
		// because 2027's holidays are unknown
		expect(d.supplementDeadline).toBe('2027-01-01');
		expect(d.provisional).toBe(true);
		expect(d.provisionalYears).toEqual([2027]);
		expect(d.provisionalReason).toBe(
			'2027 年的节假日安排尚未载入，期限暂按周末计算（临时结果），载入该年安排后重新计算'
		);
		expect(d.reasons).toContain(d.provisionalReason);
	});

	it('says so in English', () => {
		const d = decide(bundle, tolerated, '2026-12-18', { locale: 'en' });
		expect(d.provisionalReason).toBe(
			'The holiday schedule for 2027 is not loaded yet: deadlines are counted on weekends only (provisional) and will be recomputed once it is loaded'
		);
	});

	it('is final, and later, once the schedule is loaded', () => {
		const d = decide(bundle, tolerated, '2026-12-18', { calendar: sample2027() });
		// Jan 1–3 are days off in the loaded schedule: the tenth working day is Monday Jan 4
		expect(d.supplementDeadline).toBe('2027-01-04');
		expect(d.provisional).toBeUndefined();
		expect(d.provisionalReason).toBeUndefined();
		expect(d.calendar).toBe(`${defaultCalendar().id}+notice:2027`);
	});

	it('a deadline inside a known year is never provisional', () => {
		const d = decide(bundle, tolerated, '2026-12-01');
		expect(d.supplementDeadline).toBe('2026-12-15');
		expect(d).not.toHaveProperty('provisional');
	});

	it('a deadline brought forward to a promised date in a known year is final', () => {
		const short = sampleItem();
		short.riskClass = 'encouraged';
		short.tolerance.maxMissing = 1;
		short.tolerance.supplementDays = 10;
		for (const m of short.materials) delete m.supplementDays;
		// promised: 7 working days from Dec 18 → Dec 29, before the guessed Jan 1
		const d = decide(compileItem(short), tolerated, '2026-12-18');
		expect(d.supplementDeadline).toBe('2026-12-29');
		expect(d.deadlineClampedTo).toBe('2026-12-29');
		expect(d.provisional).toBeUndefined();
	});

	it('the strict option keeps the refusal', () => {
		expect(() => decide(bundle, tolerated, '2026-12-18', { strictCalendar: true })).toThrow(
			CalendarGapError
		);
		// a complete application has no deadline to count and is accepted even so
		expect(decide(bundle, complete, '2026-12-18', { strictCalendar: true }).decision).toBe(
			'accept'
		);
	});

	it('an acceptance date inside the unknown year is provisional too, and has no holiday note', () => {
		const d = decide(bundle, tolerated, '2027-01-01');
		expect(d.supplementDeadline).toBe('2027-01-15');
		expect(d.provisional).toBe(true);
		expect(d.reasons.some((r) => r.includes('不是工作日'))).toBe(false);
	});
});

describe('an acceptance date that is itself a holiday', () => {
	it('is accepted with a note; the count starts on the next working day', () => {
		// 2024-10-01, National Day: Oct 1–7 off; the count starts on Tuesday Oct 8 (day 1) and
		// takes in the make-up Saturday Oct 12
		const d = decide(bundle, tolerated, '2024-10-01');
		expect(d.decision).toBe('accept-with-tolerance');
		expect(d.supplementDeadline).toBe('2024-10-18');
		expect(d.reasons).toContain(
			'受理日 2024-10-01 不是工作日（法定节假日或休息日）：在线申请照常受理，期限自下一个工作日 2024-10-08 起算'
		);
		expect(d.provisional).toBeUndefined();
	});

	it('a complete application on a holiday gets the note too, in English', () => {
		const d = decide(bundle, complete, '2025-01-29', { locale: 'en' });
		expect(d.decision).toBe('accept');
		expect(d.reasons).toContain(
			'The acceptance date 2025-01-29 is not a working day (a public holiday or weekend): the online application is accepted and the count starts on the next working day, 2025-02-05'
		);
	});

	it('a working day has no note, a make-up Sunday included', () => {
		for (const date of ['2024-09-27', '2024-09-29']) {
			const d = decide(bundle, tolerated, date);
			expect(d.reasons.some((r) => r.includes('不是工作日'))).toBe(false);
		}
	});

	it('a calendar from administrator data is used for the note as well', () => {
		const noHolidays = calendarFromData(
			{ id: 'no-holidays', years: { '2024': { holidays: [], workdays: [] } } },
			null
		);
		const d = decide(bundle, tolerated, '2024-10-01', { calendar: noHolidays });
		expect(d.reasons.some((r) => r.includes('不是工作日'))).toBe(false);
	});
});
