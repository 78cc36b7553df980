// Ajv's own error messages in the reader's language, for the messages our code does not write
// itself. ajv-i18n's localizers are plain functions, so this also runs under a strict CSP.
import type { ErrorObject } from 'ajv';
import localizeEn from 'ajv-i18n/localize/en';
import localizeZh from 'ajv-i18n/localize/zh';
import type { Locale } from '../i18n';

export interface LocalizeOptions {
	/**
	 * The English wording: Ajv's own ('ajv', what problem reports have always shown) or ajv-i18n's
	 * shorter one ('ajv-i18n', what the form shows next to a field).
	 */
	english?: 'ajv' | 'ajv-i18n';
}

/** Copies of `errors` with their messages in `locale`; the errors given are left unchanged. */
export function localizeErrors(
	errors: readonly ErrorObject[],
	locale: Locale | undefined,
	opts: LocalizeOptions = {}
): ErrorObject[] {
	const copy = errors.map((e) => ({ ...e }));
	if (locale !== 'en') localizeZh(copy);
	else if (opts.english === 'ajv-i18n') localizeEn(copy);
	return copy;
}
