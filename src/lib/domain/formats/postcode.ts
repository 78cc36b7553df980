import { translator, type Locale } from '../i18n';
import { formatMessages as messages } from './messages';
import type { StrictCheck } from './types';

// Chinese postcodes start 0–8 (the first digit is the postal zone); 9 is not assigned, and the
// first two digits (zone and province) are never 00, so 000000 and the like are refused.
export const POSTCODE_PATTERN = '^(?:0[1-9]|[1-8]\\d)\\d{4}$';

/** Whether `value` is a valid postcode exactly as written (checkPostcode without messages). */
export function isValidPostcode(value: string): boolean {
	return /^\d{6}$/.test(value) && value[0] !== '9' && !value.startsWith('00');
}

export function checkPostcode(input: string, opts: { locale?: Locale } = {}): StrictCheck {
	const t = translator(messages, opts.locale);
	const value = input.trim();
	if (!/^\d{6}$/.test(value)) return { valid: false, message: t('formats.postcode.digits') };
	if (value[0] === '9') return { valid: false, message: t('formats.postcode.nine') };
	if (value.startsWith('00')) return { valid: false, message: t('formats.postcode.zero') };
	if (value !== input) {
		const why = t('formats.postcode.spaces');
		return { valid: true, normalized: value, warnings: [why], strictMessage: why };
	}
	return { valid: true };
}
