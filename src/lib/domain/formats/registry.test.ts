import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import {
	CN_FORMATS,
	addChineseFormats,
	cnAjvFormats,
	formatError,
	normalizeFormatValue
} from './registry';
import { checkFormat } from './check';
import { idCardCheckChar } from './id-card';
import { orgCodeCheckChar, usccCheckChar, USCC_AUTHORITIES } from './uscc';
import { regionChildren } from './regions';
import type { CnFormat } from './types';

const TODAY = '2025-06-01';

describe('one normalisation rule', () => {
	const cases: [CnFormat, string, string][] = [
		['cn-id-card', ' 11010519491231002x ', '11010519491231002X'],
		['cn-id-card', '110105 19491231 002X', '11010519491231002X'],
		['cn-uscc', ' 91350100m000100y43', '91350100M000100Y43'],
		['cn-region', ' 350100 ', '350100'],
		['cn-postcode', '450000 ', '450000']
	];
	it.each(cases)('%s %j → %s, valid as written once normalised', (format, raw, canonical) => {
		expect(normalizeFormatValue(format, raw)).toBe(canonical);
		// what `banshi format` and the form show is the same value
		const r = checkFormat(format, raw, { today: TODAY });
		expect(r.valid).toBe(true);
		expect(r.normalized ?? raw).toBe(canonical);
		// and the strict (ajv) format accepts the normalised value as it is
		expect(formatError(format, canonical, { today: TODAY })).toBeUndefined();
	});

	it('refuses 000000 as a postcode', () => {
		expect(checkFormat('cn-postcode', '000000').valid).toBe(false);
		expect(checkFormat('cn-postcode', '001234').message).toContain('00');
		expect(new RegExp(CN_FORMATS['cn-postcode'].pattern).test('000000')).toBe(false);
		expect(checkFormat('cn-postcode', '010010').valid).toBe(true);
	});
});

describe('checkFormat', () => {
	it('dispatches to each format with locale and today', () => {
		expect(checkFormat('cn-id-card', '11010519491231002X', { today: TODAY }).valid).toBe(true);
		expect(checkFormat('cn-uscc', '91350100M000100Y43').valid).toBe(true);
		expect(checkFormat('cn-region', '350100').valid).toBe(true);
		expect(checkFormat('cn-mobile', '+86 13800138000').normalized).toBe('13800138000');
		expect(checkFormat('cn-postcode', '450000').valid).toBe(true);
		expect(checkFormat('cn-postcode', '950000').message).toContain('9');
		expect(checkFormat('cn-postcode', '45000', { locale: 'en' }).message).toBe(
			'a postcode has 6 digits'
		);
		expect(checkFormat('cn-id-card', '11010519491231002x')).toEqual({
			valid: true,
			normalized: '11010519491231002X',
			warnings: ['末位校验码 X 应大写']
		});
	});
});

describe('ajv formats', () => {
	const ajv = addChineseFormats(new Ajv2020({ allErrors: true }), { today: TODAY });
	const validate = ajv.compile({
		type: 'object',
		properties: Object.fromEntries(
			(Object.keys(CN_FORMATS) as CnFormat[]).map((f) => [f, { type: 'string', format: f }])
		)
	});

	it('accept valid values and refuse invalid ones', () => {
		expect(
			validate({
				'cn-id-card': '11010519491231002X',
				'cn-uscc': '91110108551385082Q',
				'cn-region': '110108',
				'cn-mobile': '13800138000',
				'cn-postcode': '100080'
			})
		).toBe(true);
		expect(
			validate({
				'cn-id-card': '110105194912310021',
				'cn-uscc': '91110108551385082A',
				'cn-region': '110199',
				'cn-mobile': '12800138000',
				'cn-postcode': '900080'
			})
		).toBe(false);
		expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual([
			'/cn-id-card',
			'/cn-mobile',
			'/cn-postcode',
			'/cn-region',
			'/cn-uscc'
		]);
	});

	it('refuses a lower-case x, and formatError says why', () => {
		expect(validate({ 'cn-id-card': '11010519491231002x' })).toBe(false);
		expect(formatError('cn-id-card', '11010519491231002x', { today: TODAY })).toBe(
			'末位校验码 X 应大写'
		);
		expect(formatError('cn-id-card', '11010519491231002X', { today: TODAY })).toBeUndefined();
		expect(formatError('cn-uscc', '91110108551385082A')).toContain('校验码应为 Q');
	});
});

describe('ajv formats option', () => {
	it('works as the formats option of a new instance', () => {
		const ajv = new Ajv2020({ formats: cnAjvFormats({ today: TODAY }) });
		const v = ajv.compile({ type: 'string', format: 'cn-uscc' });
		expect(v('91350100M000100Y43')).toBe(true);
		expect(v('91350100M000100Y44')).toBe(false);
		// formats apply to strings only
		expect(ajv.validate({ format: 'cn-postcode' }, 450000)).toBe(true);
	});

	it('births after the fixed date are refused', () => {
		const ajv = new Ajv2020({ formats: cnAjvFormats({ today: '1949-12-30' }) });
		expect(ajv.validate({ type: 'string', format: 'cn-id-card' }, '11010519491231002X')).toBe(
			false
		);
	});
});

describe('structural patterns', () => {
	// a small deterministic generator so failures reproduce
	let seed = 42;
	const rand = (n: number) => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed % n;
	};
	const digits = (n: number) => Array.from({ length: n }, () => rand(10)).join('');
	const pick = <T>(xs: T[]) => xs[rand(xs.length)];
	const provinces = regionChildren(null).map((p) => p.code.slice(0, 2));
	const counties = provinces.flatMap((p) =>
		regionChildren(`${p}0000`).flatMap((c) => [c, ...regionChildren(c.code)])
	);

	function samples(format: CnFormat): string[] {
		const out: string[] = [];
		for (let i = 0; i < 400; i++) {
			if (format === 'cn-id-card') {
				const year = 1900 + rand(125);
				const date = `${year}${String(1 + rand(12)).padStart(2, '0')}${String(1 + rand(28)).padStart(2, '0')}`;
				const first17 = pick([...provinces, '83']) + digits(4) + date + digits(3);
				out.push(first17 + idCardCheckChar(first17));
			} else if (format === 'cn-uscc') {
				const auth = pick(Object.keys(USCC_AUTHORITIES));
				const type = pick([...USCC_AUTHORITIES[auth]]);
				const org = digits(8);
				const first17 = auth + type + pick(counties).code + org + orgCodeCheckChar(org);
				out.push(first17 + usccCheckChar(first17));
			} else if (format === 'cn-region') out.push(pick(counties).code);
			else if (format === 'cn-mobile') {
				out.push(pick(['', '+86', '86', '+86 ', '86-']) + '1' + (3 + rand(7)) + digits(9));
			} else out.push(rand(9) + digits(5));
		}
		return out;
	}

	for (const format of Object.keys(CN_FORMATS) as CnFormat[]) {
		it(`every value ${format} accepts matches its pattern`, () => {
			const re = new RegExp(CN_FORMATS[format].pattern, 'u');
			const values = samples(format).filter((v) => checkFormat(format, v, { today: TODAY }).valid);
			expect(values.length).toBeGreaterThan(300);
			for (const v of values) {
				if (CN_FORMATS[format].validate(v)) expect(v).toMatch(re);
			}
		});
	}

	it('the patterns still reject structurally wrong values', () => {
		const re = (f: CnFormat) => new RegExp(CN_FORMATS[f].pattern, 'u');
		expect(re('cn-id-card').test('11010519491331002X')).toBe(false);
		expect(re('cn-uscc').test('91110108551385O82Q')).toBe(false);
		expect(re('cn-region').test('990000')).toBe(false);
		expect(re('cn-mobile').test('12800138000')).toBe(false);
		expect(re('cn-postcode').test('900000')).toBe(false);
	});
});
