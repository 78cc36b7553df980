import { describe, expect, it } from 'vitest';
import { checkItemCode } from './code';
import { SAMPLE_CODE, SAMPLE_CREDIT_CODE } from '../../../../tests/fixtures/sample-item';

describe('checkItemCode', () => {
	it('accepts a 12-character base code and refuses other lengths or lowercase', () => {
		expect(checkItemCode('000172006000', 'base').valid).toBe(true);
		const short = checkItemCode('00017200600', 'base');
		expect(short.valid).toBe(false);
		expect(short.messages[0]).toContain('11 位');
		expect(checkItemCode('00017200600a', 'base').valid).toBe(false);
	});

	it('accepts an implementation code made of credit code, level digit and base code', () => {
		expect(
			checkItemCode(SAMPLE_CODE, 'implementation', SAMPLE_CREDIT_CODE, { levels: ['city'] })
		).toEqual({
			valid: true,
			messages: []
		});
	});

	it('refuses an implementation code of the wrong length', () => {
		const r = checkItemCode(SAMPLE_CODE + '0', 'implementation');
		expect(r.valid).toBe(false);
		expect(r.messages[0]).toContain('31 位');
	});

	it('refuses a credit code part that fails its check character, or differs from the department', () => {
		const broken =
			SAMPLE_CODE.slice(0, 17) + (SAMPLE_CODE[17] === 'A' ? 'B' : 'A') + SAMPLE_CODE.slice(18);
		expect(checkItemCode(broken, 'implementation').valid).toBe(false);
		const other = checkItemCode(SAMPLE_CODE, 'implementation', '91440300MA5FXXXX1Y', {
			locale: 'en'
		});
		expect(other.valid).toBe(false);
		expect(other.messages[0]).toContain("department's credit code");
	});

	it('checks the level digit against the item levels', () => {
		const bad = SAMPLE_CODE.slice(0, 18) + '7' + SAMPLE_CODE.slice(19);
		expect(checkItemCode(bad, 'implementation').messages[0]).toContain('1–6');
		const province = checkItemCode(SAMPLE_CODE, 'implementation', undefined, {
			levels: ['province']
		});
		expect(province.valid).toBe(false);
		expect(province.messages[0]).toContain('市级');
	});
});
