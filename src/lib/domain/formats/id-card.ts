// 居民身份证号码 (GB 11643): 6-digit address code, 8-digit birth date, 3-digit sequence, and an
// ISO 7064 MOD 11-2 check character.
import { isRealDate, parseDate } from '../workdays/civil';
import { todayInChina } from '../workdays/today';
import { msg } from '../i18n';
import { ID_CARD_PREFIXES } from './provinces';
import type { FormatOptions, StrictCheck } from './types';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export const ID_CARD_PATTERN =
	'^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])\\d{4}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dX]$';

/** The check character for the first 17 digits. */
export function idCardCheckChar(first17: string): string {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
	return CHECK_CHARS[sum % 11];
}

export function checkIdCard(input: string, opts: FormatOptions = {}): StrictCheck {
	const { locale } = opts;
	const fail = (zh: string, en: string): StrictCheck => ({
		valid: false,
		message: msg(locale, zh, en)
	});
	// People paste numbers grouped with spaces (110105 19491231 002X); accept them, normalised.
	const value = input.replace(/\s+/g, '');
	if (/^\d{15}$/.test(value)) {
		return fail(
			'15 位旧身份证号码已停用，请填写 18 位号码',
			'15-digit ID numbers are no longer in use; enter the 18-digit number'
		);
	}
	if (value.length !== 18) {
		return fail(
			`身份证号码应为 18 位，当前为 ${value.length} 位`,
			`an ID number has 18 characters, this one has ${value.length}`
		);
	}
	if (!/^\d{17}[\dXx]$/.test(value)) {
		return fail(
			'身份证号码前 17 位应为数字，末位为数字或 X',
			'the first 17 characters must be digits and the last a digit or X'
		);
	}
	const province = value.slice(0, 2);
	if (!ID_CARD_PREFIXES.has(province)) {
		return fail(
			`前两位 ${province} 不是有效的省级行政区划代码`,
			`${province} is not a valid province code`
		);
	}
	const birth = value.slice(6, 14);
	const [y, m, d] = [Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6))];
	if (!isRealDate(y, m, d)) {
		return fail(`出生日期 ${birth} 不是有效日期`, `birth date ${birth} is not a real date`);
	}
	if (y < 1900) {
		return fail(`出生日期 ${birth} 早于 1900 年`, `birth date ${birth} is before 1900`);
	}
	const today = opts.today ?? todayInChina();
	parseDate(today);
	const iso = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`;
	if (iso > today) {
		return fail(`出生日期 ${birth} 晚于今天`, `birth date ${birth} is in the future`);
	}
	const expected = idCardCheckChar(value);
	const last = value[17].toUpperCase();
	if (last !== expected) {
		return fail(
			`校验码应为 ${expected}，请核对号码`,
			`the check character should be ${expected}; check the number`
		);
	}
	const normalized = value.slice(0, 17) + last;
	if (normalized === input) return { valid: true };
	const reasons: string[] = [];
	if (/\s/.test(input))
		reasons.push(msg(locale, '号码中不应有空格', 'remove the spaces in the number'));
	if (value[17] === 'x') {
		reasons.push(
			msg(locale, '末位校验码 X 应大写', 'the final check character X must be upper case')
		);
	}
	const why = reasons.join(msg(locale, '；', '; '));
	return { valid: true, normalized, warnings: [why], strictMessage: why };
}

/** Whether `value` is a valid 18-character ID number exactly as written. */
export function isValidIdCard(value: string, today?: string): boolean {
	const r = checkIdCard(value, { today });
	return r.valid && !r.strictMessage;
}
