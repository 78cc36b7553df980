// Validation with a function generated ahead of time by ajv's standalone mode (see standalone.ts):
// no code is compiled in the page, so it runs under a CSP without 'unsafe-eval'.
import type { ErrorObject } from 'ajv';
import type { Locale } from '$lib/domain/i18n';
import { toFormErrors } from './errors';
import { evaluate } from './evaluate';
import type { FormValidator } from './types';

/** The shape of a standalone-generated validate function. */
export interface StandaloneValidate {
	(data: unknown): boolean;
	errors?: ErrorObject[] | null;
}

export function precompiledValidator(
	fn: StandaloneValidate,
	locale: Locale = 'zh-CN'
): FormValidator {
	return {
		validate(data) {
			fn(data);
			return toFormErrors(fn.errors, data, locale);
		},
		isValid: (schema, data, rootSchema) => evaluate(schema, data, rootSchema)
	};
}
