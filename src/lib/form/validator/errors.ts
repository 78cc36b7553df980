// Turns Ajv's error objects into what the form shows: a pointer to the field and a message in the
// form's language.
import type { ErrorObject } from 'ajv';
import type { Locale } from '$lib/domain/i18n';
import { withoutEchoes } from '$lib/domain/validation/echoes';
import { localizeErrors } from '$lib/domain/validation/localize';
import { escapeToken, resolvePointer } from '$lib/domain/pointer';
import { formatMessage, formTranslator } from '../messages';
import { formatError, isCnFormat } from '../formats';
import type { FormError } from './types';

/** Where an error belongs: a missing property is reported on the property, not its parent. */
export function errorPointer(e: Pick<ErrorObject, 'instancePath' | 'params'>): string {
	const missing = (e.params as { missingProperty?: unknown }).missingProperty;
	return typeof missing === 'string' ? `${e.instancePath}/${escapeToken(missing)}` : e.instancePath;
}

function ownMessage(e: ErrorObject, data: unknown, locale: Locale): string | undefined {
	const t = formTranslator(locale);
	switch (e.keyword) {
		case 'required':
		case 'dependentRequired':
			return t('form.required');
		case 'pattern':
			return t('form.invalidFormat');
		case 'format': {
			const format = String((e.params as { format?: unknown }).format);
			if (isCnFormat(format)) {
				const value = resolvePointer(data, e.instancePath);
				return formatError(format, String(value ?? ''), { locale }) || t('form.invalidFormat');
			}
			return formatMessage(t, format) ?? t('form.invalidFormat');
		}
	}
	return undefined;
}

/**
 * `if` failures only repeat the `then`/`else` errors Ajv reports beside them, so they are dropped,
 * as are "not evaluated" echoes of a conditional field's own errors (validation/echoes.ts);
 * everything else is kept in Ajv's order so results compare one to one with plain Ajv.
 */
export function toFormErrors(
	errors: readonly ErrorObject[] | null | undefined,
	data: unknown,
	locale: Locale
): FormError[] {
	if (!errors?.length) return [];
	const kept = localizeErrors(
		withoutEchoes(errors).filter((e) => e.keyword !== 'if'),
		locale,
		{ english: 'ajv-i18n' }
	);
	return kept.map((e) => ({
		pointer: errorPointer(e),
		message:
			ownMessage(e, data, locale) ?? e.message ?? formTranslator(locale)('form.invalidFormat'),
		keyword: e.keyword,
		params: e.params as Record<string, unknown>
	}));
}
