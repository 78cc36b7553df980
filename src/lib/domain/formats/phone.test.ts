import { describe, expect, it } from 'vitest';
import { checkMobile, checkServicePhone } from './phone';

describe('cn-mobile', () => {
	it('accepts 11-digit numbers with an optional +86 prefix, normalised without it', () => {
		expect(checkMobile('13800138000')).toEqual({ valid: true });
		expect(checkMobile('+86 13800138000')).toEqual({ valid: true, normalized: '13800138000' });
		expect(checkMobile('86-19912345678')).toEqual({ valid: true, normalized: '19912345678' });
		expect(checkMobile('+8613800138000').normalized).toBe('13800138000');
	});

	it('says what is wrong', () => {
		expect(checkMobile('1380013800').message).toContain('当前为 10 位');
		expect(checkMobile('12800138000').message).toContain('13–19');
		expect(checkMobile('138-0013-8000').message).toContain('只能包含数字');
	});
});

describe('guide phone numbers', () => {
	const ok = (value: string, normalized: string | undefined, kind: string) =>
		expect(checkServicePhone(value)).toEqual({
			valid: true,
			kind,
			...(normalized ? { normalized } : {})
		});

	it('accepts landlines with area code in the usual spellings', () => {
		ok('0391-1234567', undefined, 'landline');
		ok('(0371)12345678', '0371-12345678', 'landline');
		ok('（0371）12345678', '0371-12345678', 'landline');
		ok('010-12345678-123', undefined, 'landline');
		ok('010 12345678 转 123', '010-12345678-123', 'landline');
		ok('037112345678', '0371-12345678', 'landline');
	});

	it('accepts hotlines, 400/800 numbers and mobiles', () => {
		ok('12345', undefined, 'hotline');
		ok('12315', undefined, 'hotline');
		ok('12366', undefined, 'hotline');
		ok('0371-12345', undefined, 'hotline');
		ok('400-123-4567', undefined, 'toll-free');
		ok('8001234567', '800-123-4567', 'toll-free');
		ok('13800138000', undefined, 'mobile');
		ok('+86 138 0013 8000', '13800138000', 'mobile');
	});

	it('refuses what a caller could not dial, saying why', () => {
		expect(checkServicePhone('1234567').message).toContain('区号');
		expect(checkServicePhone('010-1234567').message).toContain('8 位');
		expect(checkServicePhone('0391-1234567、0391-7654321').message).toContain('一个电话号码');
		expect(checkServicePhone('110').valid).toBe(false);
		expect(checkServicePhone('').valid).toBe(false);
		expect(checkServicePhone('abc', { locale: 'en' }).message).toContain(
			'not a valid phone number'
		);
	});
});
