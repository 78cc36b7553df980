import { describe, expect, it } from 'vitest';
import {
	checkUscc,
	describeUscc,
	isValidUscc,
	orgCodeCheckChar,
	usccCheckChar,
	USCC_AUTHORITIES
} from './uscc';

// Published credit codes of real registered bodies.
const PUBLISHED = [
	'91350100M000100Y43',
	'91110108551385082Q',
	'91440300708461136T',
	'9144030071526726XG'
];

describe('cn-uscc', () => {
	it('accepts published codes with no warnings', () => {
		for (const code of PUBLISHED) expect(checkUscc(code), code).toEqual({ valid: true });
	});

	it('names the expected check character', () => {
		const r = checkUscc('91110108551385082A');
		expect(r.valid).toBe(false);
		expect(r.message).toContain('校验码应为 Q');
	});

	it('computes MOD 31 check characters that can be letters or 0', () => {
		expect(usccCheckChar('91350100M000100Y4')).toBe('3');
		expect(usccCheckChar('91110108551385082')).toBe('Q');
		// search a family of codes for one whose check character is 0 (31 − 0 wraps to 0)
		const body = Array.from(
			{ length: 100 },
			(_, i) => `9111010855138${String(i).padStart(3, '0')}`
		);
		const withOrg = body.map((b) => b + orgCodeCheckChar(b.slice(8)));
		const zero = withOrg.find((b) => usccCheckChar(b) === '0');
		expect(zero).toBeDefined();
		expect(isValidUscc(zero + '0')).toBe(true);
	});

	it('refuses letters outside the GB 32100 set and wrong lengths', () => {
		expect(checkUscc('91110108551385O82Q').message).toContain('“O”');
		expect(checkUscc('9111010855138508').message).toContain('当前为 16 位');
		expect(checkUscc('91110108551385082Q', { locale: 'en' })).toEqual({ valid: true });
	});

	it('checks the registration authority and region', () => {
		const code = (first17: string) => first17 + usccCheckChar(first17);
		expect(checkUscc(code('B1110108551385082')).message).toContain('登记管理部门');
		expect(checkUscc(code('91990108551385082')).message).toContain('行政区划代码');
		// centrally registered bodies carry 100000
		const central = '1110000000001312';
		const c17 = central + orgCodeCheckChar(central.slice(8));
		expect(checkUscc(code(c17)).valid).toBe(true);
		expect(checkUscc(code(c17)).warnings).toBeUndefined();
	});

	it('only warns when the embedded organisation code fails GB 11714', () => {
		const first17 = '91110108551385083';
		const r = checkUscc(first17 + usccCheckChar(first17));
		expect(r.valid).toBe(true);
		expect(r.warnings?.[0]).toContain('组织机构代码 551385083');
	});

	it('warns about an unknown organisation type', () => {
		const first17 = '97110108551385082';
		const r = checkUscc(first17 + usccCheckChar(first17));
		expect(r.valid).toBe(true);
		expect(r.warnings?.[0]).toContain('机构类别');
	});

	it('normalises lower case but the strict check refuses it', () => {
		const r = checkUscc('91110108551385082q');
		expect(r).toMatchObject({ valid: true, normalized: '91110108551385082Q' });
		expect(isValidUscc('91110108551385082q')).toBe(false);
	});

	it('describes what the code says', () => {
		expect(describeUscc('91350100M000100Y43')).toEqual({
			authority: '工商（市场监管）',
			type: '企业',
			regionCode: '350100',
			orgCode: 'M000100Y4'
		});
		expect(describeUscc('51110000500000000X', 'en')?.authority).toBe('civil affairs');
	});

	it('names every registration authority and organisation type in both languages', () => {
		for (const [authority, types] of Object.entries(USCC_AUTHORITIES))
			for (const type of types)
				for (const locale of ['zh-CN', 'en'] as const) {
					const info = describeUscc(`${authority}${type}0000000000000000`, locale);
					expect(info?.authority, authority).toBeTruthy();
					expect(info?.type, authority + type).toBeTruthy();
				}
	});
});
