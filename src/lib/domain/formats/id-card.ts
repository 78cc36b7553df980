// 居民身份证号码 (GB 11643): 6-digit address code, 8-digit birth date, 3-digit sequence, and an
// ISO 7064 MOD 11-2 check character.
import { isRealDate, parseDate } from '../workdays/civil';
import { todayInChina } from '../workdays/today';
import { joinList, translator } from '../i18n';
import { formatMessages as messages } from './messages';
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
	const t = translator(messages, locale);
	const fail = (message: string): StrictCheck => ({ valid: false, message });
	// People paste numbers grouped with spaces (110105 19491231 002X); accept them, normalised.
	const value = input.replace(/\s+/g, '');
	if (/^\d{15}$/.test(value)) return fail(t('formats.id-card.legacy15'));
	if (value.length !== 18) return fail(t('formats.id-card.length', { length: value.length }));
	if (!/^\d{17}[\dXx]$/.test(value)) return fail(t('formats.id-card.shape'));
	const province = value.slice(0, 2);
	if (!ID_CARD_PREFIXES.has(province))
		return fail(t('formats.id-card.province', { code: province }));
	const birth = value.slice(6, 14);
	const [y, m, d] = [Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6))];
	if (!isRealDate(y, m, d)) return fail(t('formats.id-card.birthInvalid', { birth }));
	if (y < 1900) return fail(t('formats.id-card.birthEarly', { birth }));
	const today = opts.today ?? todayInChina();
	parseDate(today);
	const iso = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`;
	if (iso > today) return fail(t('formats.id-card.birthFuture', { birth }));
	const expected = idCardCheckChar(value);
	const last = value[17].toUpperCase();
	if (last !== expected) return fail(t('formats.id-card.checkChar', { expected }));
	const normalized = value.slice(0, 17) + last;
	if (normalized === input) return { valid: true };
	const reasons: string[] = [];
	if (/\s/.test(input)) reasons.push(t('formats.id-card.spaces'));
	if (value[17] === 'x') reasons.push(t('formats.id-card.lowerX'));
	const why = joinList(locale, reasons, 'clauses');
	return { valid: true, normalized, warnings: [why], strictMessage: why };
}

// by the two digits a number starts with: a province (or 83) that issues ID numbers
const PREFIX_BY_NUMBER: readonly boolean[] = Array.from({ length: 100 }, (_, n) =>
	ID_CARD_PREFIXES.has(String(n).padStart(2, '0'))
);
// today as the number yyyymmdd, for the day it was worked out on
let todayText = '';
let todayNumber = 0;

/**
 * Whether `value` is a valid 18-character ID number exactly as written: checkIdCard's decision
 * without its messages (ajv asks this for every ID number of every submission, so it reads the
 * characters once, as numbers).
 */
export function isValidIdCard(value: string, today?: string): boolean {
	if (value.length !== 18) return false;
	let sum = 0;
	let birth = 0;
	for (let i = 0; i < 17; i++) {
		const d = value.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return false;
		sum += d * WEIGHTS[i];
		if (i >= 6 && i < 14) birth = birth * 10 + d;
	}
	const last = value[17];
	if (last !== 'X' && (last < '0' || last > '9')) return false;
	if (!PREFIX_BY_NUMBER[(value.charCodeAt(0) - 48) * 10 + value.charCodeAt(1) - 48]) return false;
	const y = Math.floor(birth / 10000);
	if (y < 1900 || !isRealDate(y, Math.floor(birth / 100) % 100, birth % 100)) return false;
	// a date given is checked; today's is well-formed
	const day = today === undefined ? todayInChina() : (parseDate(today), today);
	if (day !== todayText) {
		todayNumber = Number(day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10));
		todayText = day;
	}
	return birth <= todayNumber && CHECK_CHARS[sum % 11] === last;
}
