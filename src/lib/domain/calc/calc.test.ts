import { describe, expect, it } from 'vitest';
import { idCardCheckChar } from '../formats';
import { calendarFromData, chineseDaysData } from '../workdays';
import { calcFields, checkCalcs, computeAll, computeCalc, readCalc, type Calc } from '.';

/** A resident ID number with its real check character. */
const id = (first17: string) => first17 + idCardCheckChar(first17);
// 北京市东城区, born 1990-02-28, 17th digit 3 (odd: male)
const MAN = id('11010119900228003');
// 广东省深圳市南山区, born 2008-02-29, 17th digit 4 (even: female)
const GIRL = id('44030520080229004');

const form = (idNumber: unknown, extra: Record<string, unknown> = {}) => ({
	applicant: { idNumber },
	...extra
});
const at = (calc: Calc, data: unknown, today = '2026-12-05') => computeCalc(calc, data, { today });

describe('calculated fields', () => {
	it('reads birth date, sex and age from a resident ID number', () => {
		const key = 'applicant.idNumber';
		expect(at({ fn: 'birthDateFromId', id: key }, form(MAN))).toBe('1990-02-28');
		expect(at({ fn: 'sexFromId', id: key }, form(MAN))).toBe('男');
		expect(at({ fn: 'sexFromId', id: key }, form(GIRL))).toBe('女');
		expect(at({ fn: 'sexFromId', id: key, male: 'male', female: 'female' }, form(GIRL))).toBe(
			'female'
		);
		expect(at({ fn: 'ageFromId', id: key }, form(MAN))).toBe(36);
		// the day before the 18th birthday, and the birthday (29 February counts on 1 March)
		expect(at({ fn: 'ageFromId', id: key }, form(GIRL), '2026-02-28')).toBe(17);
		expect(at({ fn: 'ageFromId', id: key }, form(GIRL), '2026-03-01')).toBe(18);
	});

	it('accepts a number typed with spaces or a small x, and gives nothing for a wrong one', () => {
		const key = 'applicant.idNumber';
		const x = id('11010519491231002');
		expect(x.endsWith('X')).toBe(true);
		expect(at({ fn: 'birthDateFromId', id: key }, form(x.toLowerCase()))).toBe('1949-12-31');
		expect(at({ fn: 'birthDateFromId', id: key }, form(MAN.slice(0, 6) + ' ' + MAN.slice(6)))).toBe(
			'1990-02-28'
		);
		const wrong = MAN.slice(0, 17) + (MAN.endsWith('0') ? '1' : '0');
		expect(at({ fn: 'birthDateFromId', id: key }, form(wrong))).toBeUndefined();
		expect(at({ fn: 'ageFromId', id: key }, form(undefined))).toBeUndefined();
	});

	it('reads the region from the first six digits', () => {
		const key = 'applicant.idNumber';
		expect(at({ fn: 'regionFromId', id: key }, form(GIRL))).toBe('440305');
		expect(at({ fn: 'regionFromId', id: key, as: 'name' }, form(GIRL))).toMatch(
			/^广东省深圳市南山区$/
		);
	});

	it('adds and counts over a repeating group, exactly', () => {
		const data = { shares: [{ p: 0.1 }, { p: 0.2 }, { p: 'x' }, {}], nums: [1, 2.5] };
		expect(at({ fn: 'sum', items: 'shares', of: 'p' }, data)).toBe(0.3);
		expect(at({ fn: 'sum', items: 'nums' }, data)).toBe(3.5);
		expect(at({ fn: 'count', items: 'shares' }, data)).toBe(4);
		expect(at({ fn: 'count', items: 'missing' }, data)).toBeUndefined();
	});

	it('counts working days over the holiday calendar', () => {
		const calendar = calendarFromData(chineseDaysData());
		// Friday 2024-09-27 + 3 working days: Sunday 29 September is a working day that year, so
		// is Monday the 30th, then the National Day holiday runs from 1 to 7 October
		const v = computeCalc({ fn: 'workdaysFrom', days: 3 }, {}, { today: '2024-09-27', calendar });
		expect(v).toBe('2024-10-08');
	});

	it('finds the calculations in a uiSchema and computes them all', () => {
		const ui = {
			applicant: {
				age: { 'ui:calc': { fn: 'ageFromId', id: 'applicant.idNumber' } },
				birth: { 'ui:calc': { fn: 'birthDateFromId', id: 'applicant.idNumber' } }
			},
			odd: { 'ui:calc': { fn: 'eval', code: '1+1' } }
		};
		expect(calcFields(ui).map((f) => [f.path.join('.'), f.calc?.fn])).toEqual([
			['applicant.age', 'ageFromId'],
			['applicant.birth', 'birthDateFromId'],
			['odd', undefined]
		]);
		expect(computeAll(ui, form(MAN), { today: '2026-12-05' })).toEqual([
			{ path: ['applicant', 'age'], value: 36 },
			{ path: ['applicant', 'birth'], value: '1990-02-28' }
		]);
		const problems = checkCalcs(
			ui,
			new Set(['applicant.age', 'applicant.birth']),
			'/form/uiSchema'
		);
		expect(problems.map((p) => [p.pointer, p.code])).toEqual([
			['/form/uiSchema/applicant/age/ui:calc', 'unknown-field'],
			['/form/uiSchema/applicant/birth/ui:calc', 'unknown-field'],
			['/form/uiSchema/odd/ui:calc', 'calc-unknown']
		]);
	});

	it('reads only the library, with the parameters each calculation takes', () => {
		expect(readCalc({ fn: 'ageFromId', id: 'a.b' })).toEqual({ fn: 'ageFromId', id: 'a.b' });
		expect(readCalc({ fn: 'ageFromId', id: 'a.*.b' })).toBeUndefined();
		expect(readCalc({ fn: 'ageFromId', id: 'a', extra: 1 })).toBeUndefined();
		expect(readCalc({ fn: 'workdaysFrom', days: 1.5 })).toBeUndefined();
		expect(readCalc({ fn: 'constructor' })).toBeUndefined();
	});
});
