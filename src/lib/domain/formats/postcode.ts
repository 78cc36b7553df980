import { translator, type Locale } from '../i18n';
import { formatMessages as messages } from './messages';
import type { StrictCheck } from './types';

// Chinese postcodes start 0–8 (the first digit is the postal zone); 9 is not assigned.
export const POSTCODE_PATTERN = '^[0-8]\\d{5}$';

export function checkPostcode(input: string, opts: { locale?: Locale } = {}): StrictCheck {
	const t = translator(messages, opts.locale);
	const value = input.trim();
	if (!/^\d{6}$/.test(value)) return { valid: false, message: t('formats.postcode.digits') };
	if (value[0] === '9') return { valid: false, message: t('formats.postcode.nine') };
	if (value !== input) {
		const why = t('formats.postcode.spaces');
		return { valid: true, normalized: value, warnings: [why], strictMessage: why };
	}
	return { valid: true };
}
