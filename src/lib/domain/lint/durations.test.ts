import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../item/types';
import { compareLimits } from './durations';

const wd = (value: number): TimeLimit => ({ value, unit: 'workday' });
const d = (value: number): TimeLimit => ({ value, unit: 'day' });
const mo = (value: number): TimeLimit => ({ value, unit: 'month' });

describe('compareLimits: is the first limit longer than the second?', () => {
	it.each([
		['same unit, longer', wd(25), wd(20), 'exceeds'],
		['same unit, equal', wd(20), wd(20), 'within'],
		['workdays cannot fit in fewer calendar days', wd(21), d(20), 'exceeds'],
		['workdays that usually fit but may not around a holiday', wd(10), d(20), 'may-exceed'],
		['a few workdays in a month of calendar days', wd(5), d(30), 'within'],
		['calendar days never hold more workdays than days', d(20), wd(20), 'within'],
		['a year of calendar days is more than 20 workdays', d(365), wd(20), 'exceeds'],
		['30 calendar days may or may not exceed 20 workdays', d(30), wd(20), 'may-exceed'],
		['two months exceed 20 workdays', mo(2), wd(20), 'exceeds'],
		['one month may exceed 20 workdays', mo(1), wd(20), 'may-exceed'],
		['15 workdays fit in any month', wd(15), mo(1), 'within'],
		['30 workdays exceed any month', wd(30), mo(1), 'exceeds'],
		['32 calendar days exceed any month', d(32), mo(1), 'exceeds'],
		['28 calendar days fit in any month', d(28), mo(1), 'within']
	] as const)('%s', (_name, a, b, expected) => {
		expect(compareLimits(a, b)).toBe(expected);
	});
});
