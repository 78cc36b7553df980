// Mobile numbers (cn-mobile) and the phone numbers a service guide lists (咨询/投诉电话): landlines
// with area code, 12xxx government hotlines, 95xxx/96xxx service numbers, 400/800 numbers, mobiles.
import { translator, type Locale } from '../i18n';
import { formatMessages as messages } from './messages';
import type { FormatCheck, StrictCheck } from './types';

export const MOBILE_PATTERN = '^(?:\\+?86[ -]?)?1[3-9]\\d{9}$';
const MOBILE_RE = new RegExp(MOBILE_PATTERN);

/** Whether `value` is a valid mobile number exactly as written (checkMobile without messages). */
export function isValidMobile(value: string): boolean {
	return value.trim() === value && MOBILE_RE.test(value);
}

export function checkMobile(input: string, opts: { locale?: Locale } = {}): StrictCheck {
	const t = translator(messages, opts.locale);
	const value = input.trim();
	if (!MOBILE_RE.test(value)) {
		const digits = value.replace(/^\+?86[ -]?/, '');
		const message = !/^\d+$/.test(digits)
			? t('formats.mobile.digitsOnly')
			: digits.length !== 11
				? t('formats.mobile.length', { length: digits.length })
				: t('formats.mobile.prefix');
		return { valid: false, message };
	}
	const digits = value.slice(-11);
	if (digits === input) return { valid: true };
	const result: StrictCheck = { valid: true, normalized: digits };
	if (value !== input) {
		result.strictMessage = t('formats.mobile.spaces');
	}
	return result;
}

export interface ServicePhoneCheck extends FormatCheck {
	kind?: 'landline' | 'hotline' | 'toll-free' | 'mobile';
}

// 010 and 02x are three-digit area codes with 8-digit numbers; the others are four digits.
const LANDLINE_RE = /^(0(?:10|2\d|[3-9]\d{2}))-([1-9]\d{6,7})(?:-(\d{1,6}))?$/;

export function checkServicePhone(
	input: string,
	opts: { locale?: Locale } = {}
): ServicePhoneCheck {
	const { locale } = opts;
	const t = translator(messages, locale);
	const value = input.trim();
	if (!value) return { valid: false, message: t('formats.phone.empty') };
	if (/[、，,;；/]|\d\s+或|或\s*\d/.test(value)) {
		return { valid: false, message: t('formats.phone.several') };
	}
	// Accept the usual ways of writing a number: (0371)12345678, （0371）, spaces, 转 / ext for extensions.
	const s = value
		.replace(/[（(]\s*(0\d{2,3})\s*[)）]\s*/, '$1-')
		.replace(/\s*(?:转|ext\.?|x)\s*(\d{1,6})$/i, '-$1')
		.replace(/[\s—–－]+/g, '-')
		.replace(/-+/g, '-');
	if (/^1[3-9]\d{9}$|^\+?86/.test(s.replace(/-/g, ''))) {
		const m = checkMobile(s.replace(/-(?=\d)/g, ''), { locale });
		if (!m.valid) return { valid: false, message: m.message };
		const normalized = m.normalized ?? s.replace(/-/g, '');
		return { valid: true, kind: 'mobile', ...(normalized !== value ? { normalized } : {}) };
	}
	const digits = s.replace(/-/g, '');
	if (/^(?:12\d{3}|9[56]\d{3})$/.test(digits)) {
		return { valid: true, kind: 'hotline', ...(digits !== value ? { normalized: digits } : {}) };
	}
	if (/^[48]00\d{7}$/.test(digits)) {
		const normalized = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
		return { valid: true, kind: 'toll-free', ...(normalized !== value ? { normalized } : {}) };
	}
	// An area code plus a local hotline (0371-12345) is dialled as such from other cities.
	const local = /^(0(?:10|2\d|[3-9]\d{2}))-?(12\d{3}|9[56]\d{3})$/.exec(s);
	if (local) {
		const normalized = `${local[1]}-${local[2]}`;
		return { valid: true, kind: 'hotline', ...(normalized !== value ? { normalized } : {}) };
	}
	let withArea = s;
	if (/^0\d{9,11}$/.test(s)) {
		const areaLen = /^0(?:10|2\d)/.test(s) ? 3 : 4;
		withArea = `${s.slice(0, areaLen)}-${s.slice(areaLen)}`;
	}
	const m = LANDLINE_RE.exec(withArea);
	if (m) {
		const [, area, number, ext] = m;
		if (area.length === 3 && number.length !== 8) {
			return { valid: false, message: t('formats.phone.areaDigits', { area }) };
		}
		const normalized = `${area}-${number}${ext ? `-${ext}` : ''}`;
		return { valid: true, kind: 'landline', ...(normalized !== value ? { normalized } : {}) };
	}
	if (/^[1-9]\d{6,7}(-\d{1,6})?$/.test(s)) {
		return { valid: false, message: t('formats.phone.noArea') };
	}
	return { valid: false, message: t('formats.phone.invalid') };
}
