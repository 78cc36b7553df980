import { describe, expect, it } from 'vitest';
import { checkIdCard, idCardCheckChar, isValidIdCard } from './id-card';

const TODAY = '2025-06-01';
/** A number for the given prefix/birth/sequence with its check character computed. */
const make = (first17: string) => first17 + idCardCheckChar(first17);

describe('cn-id-card', () => {
	it('accepts the sample number from GB 11643', () => {
		expect(checkIdCard('11010519491231002X', { today: TODAY })).toEqual({ valid: true });
		expect(isValidIdCard('11010519491231002X', TODAY)).toBe(true);
	});

	it('names the expected check character', () => {
		const r = checkIdCard('110105194912310021', { today: TODAY });
		expect(r.valid).toBe(false);
		expect(r.message).toContain('校验码应为 X');
		expect(checkIdCard('110105194912310021', { today: TODAY, locale: 'en' }).message).toContain(
			'should be X'
		);
	});

	it('normalises a lower-case x but the strict check refuses it', () => {
		const r = checkIdCard('11010519491231002x', { today: TODAY });
		expect(r.valid).toBe(true);
		expect(r.normalized).toBe('11010519491231002X');
		expect(r.strictMessage).toBe('末位校验码 X 应大写');
		expect(isValidIdCard('11010519491231002x', TODAY)).toBe(false);
	});

	it('refuses old 15-digit numbers and wrong lengths with their own message', () => {
		expect(checkIdCard('110105491231002', { today: TODAY }).message).toBe(
			'15 位旧身份证号码已停用，请填写 18 位号码'
		);
		expect(checkIdCard('1101051949123100', { today: TODAY }).message).toContain('当前为 16 位');
		expect(checkIdCard('11010519491231002A', { today: TODAY }).message).toContain(
			'前 17 位应为数字'
		);
	});

	it('checks only the province part of the address code', () => {
		// 110199 is not a district code, but numbers outlive region changes
		expect(isValidIdCard(make('11019919800101001'), TODAY)).toBe(true);
		// Taiwan residents' residence permits start 83
		expect(isValidIdCard(make('83000019900101001'), TODAY)).toBe(true);
		const r = checkIdCard(make('99010519800101001'), { today: TODAY });
		expect(r.message).toContain('前两位 99 不是有效的省级行政区划代码');
		expect(isValidIdCard(make('10010519800101001'), TODAY)).toBe(false);
		expect(isValidIdCard(make('72010519800101001'), TODAY)).toBe(false);
	});

	it('requires a real birth date, leap years included', () => {
		expect(isValidIdCard(make('11010520000229001'), TODAY)).toBe(true);
		expect(isValidIdCard(make('11010520240229001'), TODAY)).toBe(true);
		expect(isValidIdCard(make('11010519000229001'), TODAY)).toBe(false);
		expect(checkIdCard(make('11010520230229001'), { today: TODAY }).message).toBe(
			'出生日期 20230229 不是有效日期'
		);
		expect(isValidIdCard(make('11010519801301001'), TODAY)).toBe(false);
	});

	it('refuses birth dates before 1900 or after today', () => {
		// the other sample in GB 11643 is born in 1880
		expect(checkIdCard('440524188001010014', { today: TODAY }).message).toContain('早于 1900 年');
		expect(isValidIdCard(make('11010519000101001'), TODAY)).toBe(true);
		const tomorrow = make('11010520250602001');
		expect(checkIdCard(tomorrow, { today: TODAY }).message).toContain('晚于今天');
		expect(isValidIdCard(tomorrow, '2025-06-02')).toBe(true);
	});
});

describe('cn-id-card input as people type it', () => {
	it('accepts a number grouped with spaces, normalised, but not as written', () => {
		const r = checkIdCard(' 110105 19491231 002x ', { today: TODAY });
		expect(r.valid).toBe(true);
		expect(r.normalized).toBe('11010519491231002X');
		expect(r.strictMessage).toBe('号码中不应有空格；末位校验码 X 应大写');
	});
});
