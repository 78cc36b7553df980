// 统一社会信用代码 (GB 32100-2015): registration authority, organisation type, 6-digit region code of
// the registering office, the 9-character organisation code (GB 11714) and a MOD 31 check character,
// all from a 31-character set without I, O, S, V and Z. The check without the authorities' names
// (uscc.ts adds them): the form's reason for a refusal needs none of them.
import { translator } from '../i18n';
import { formatMessages as messages } from './messages';
import { PROVINCE_PREFIXES } from './provinces';
import type { FormatOptions, StrictCheck } from './types';

export const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

// by character code: the character's value in the check sum, for the characters of USCC_CHARS
const USCC_VALUE: (number | undefined)[] = [];
for (let n = 0; n < USCC_CHARS.length; n++) USCC_VALUE[USCC_CHARS.charCodeAt(n)] = n;

export const USCC_PATTERN = '^[1-9ANY][0-9A-HJ-NP-RTUWXY]\\d{6}[0-9A-HJ-NP-RTUWXY]{10}$';

/**
 * 登记管理部门 and, per authority, its 机构类别 codes (GB 32100 code tables and later assignments).
 * Their names are `formats.uscc.authority.<a>` and `formats.uscc.type.<a><t>` in
 * uscc-names.messages.ts.
 */
export const USCC_AUTHORITIES: Record<string, readonly string[]> = {
	'1': ['1', '2', '3', '9'],
	'2': ['1', '9'],
	'3': ['1', '2', '3', '4', '5', '9'],
	'4': ['1', '9'],
	'5': ['1', '2', '3', '9'],
	'6': ['1', '2', '9'],
	'7': ['1', '2', '9'],
	'8': ['1', '9'],
	'9': ['1', '2', '3'],
	A: ['1', '9'],
	N: ['1', '2', '3', '9'],
	Y: ['1']
};

/** The MOD 31 check character for the first 17 characters (all from USCC_CHARS). */
export function usccCheckChar(first17: string): string {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]) * WEIGHTS[i];
	return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** The GB 11714 check character for an 8-character organisation code body. */
export function orgCodeCheckChar(body: string): string {
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += parseInt(body[i], 36) * ORG_WEIGHTS[i];
	const c = 11 - (sum % 11);
	return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * checkUscc's decision and messages; `authorityName` names the authority in the warning about an
 * unknown organisation type (the code's first character when not given).
 */
export function checkUsccWith(
	input: string,
	opts: FormatOptions = {},
	authorityName: (char: string) => string | undefined = () => undefined
): StrictCheck {
	const { locale } = opts;
	const t = translator(messages, locale);
	const fail = (message: string): StrictCheck => ({ valid: false, message });
	const value = input.trim().toUpperCase();
	if (value.length !== 18) return fail(t('formats.uscc.length', { length: value.length }));
	const bad = [...value].find((c) => !USCC_CHARS.includes(c));
	if (bad !== undefined) return fail(t('formats.uscc.char', { char: bad }));
	const types = USCC_AUTHORITIES[value[0]];
	if (!types) return fail(t('formats.uscc.authority', { char: value[0] }));
	const region = value.slice(2, 8);
	// Bodies registered centrally carry the national code 100000.
	if (
		!/^\d{6}$/.test(region) ||
		(region !== '100000' && !PROVINCE_PREFIXES.has(region.slice(0, 2)))
	) {
		return fail(t('formats.uscc.region', { region }));
	}
	const expected = usccCheckChar(value);
	if (value[17] !== expected) return fail(t('formats.uscc.checkChar', { expected }));
	const warnings: string[] = [];
	if (!types.includes(value[1])) {
		warnings.push(
			t('formats.uscc.unknownType', {
				char: value[1],
				authority: authorityName(value[0]) ?? value[0]
			})
		);
	}
	const org = value.slice(8, 17);
	// Codes issued before the organisation-code check was enforced break it; still valid codes.
	if (orgCodeCheckChar(org) !== org[8]) {
		warnings.push(t('formats.uscc.orgCode', { org }));
	}
	const result: StrictCheck = { valid: true };
	if (warnings.length) result.warnings = warnings;
	if (value !== input) {
		result.normalized = value;
		result.strictMessage = t(
			input.trim() !== value ? 'formats.uscc.upperCase' : 'formats.uscc.spaces'
		);
	}
	return result;
}

/**
 * Whether `value` is a valid credit code exactly as written: checkUscc's decision without its
 * messages and warnings (ajv asks this for every credit code of every submission).
 */
export function isValidUscc(value: string): boolean {
	if (value.length !== 18 || !Object.hasOwn(USCC_AUTHORITIES, value[0])) return false;
	let sum = 0;
	for (let i = 0; i < 17; i++) {
		const n = USCC_VALUE[value.charCodeAt(i)];
		// a region digit (positions 3–8) must be a digit
		if (n === undefined || (i >= 2 && i < 8 && n > 9)) return false;
		sum += n * WEIGHTS[i];
	}
	if (USCC_VALUE[value.charCodeAt(17)] === undefined) return false;
	if (!value.startsWith('100000', 2) && !PROVINCE_PREFIXES.has(value.slice(2, 4))) return false;
	return USCC_CHARS[(31 - (sum % 31)) % 31] === value[17];
}
