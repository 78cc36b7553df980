import { msg, type Locale } from '../i18n';
import type { StrictCheck } from './types';

// Chinese postcodes start 0–8 (the first digit is the postal zone); 9 is not assigned.
export const POSTCODE_PATTERN = '^[0-8]\\d{5}$';

export function checkPostcode(input: string, opts: { locale?: Locale } = {}): StrictCheck {
	const { locale } = opts;
	const value = input.trim();
	if (!/^\d{6}$/.test(value)) {
		return {
			valid: false,
			message: msg(locale, '邮政编码应为 6 位数字', 'a postcode has 6 digits')
		};
	}
	if (value[0] === '9') {
		return {
			valid: false,
			message: msg(locale, '邮政编码不以 9 开头', 'postcodes do not start with 9')
		};
	}
	if (value !== input) {
		const why = msg(locale, '邮编前后不应有空格', 'remove the spaces around the postcode');
		return { valid: true, normalized: value, warnings: [why], strictMessage: why };
	}
	return { valid: true };
}
