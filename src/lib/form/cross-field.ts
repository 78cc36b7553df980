// The form's check of cross-field rules (`ui:rules`: end date after start date, totals), the
// domain's check as decide runs it, as form errors. Loaded only by a form that has such rules.
import type { Locale } from '$lib/domain/i18n';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import { crossFieldProblems } from '$lib/domain/conditions/cross-field';
import { listFormFields } from '$lib/domain/item/fields';
import type { FormError } from './validator/types';

export type CrossFieldCheck = (data: unknown) => FormError[];

export function crossFieldCheck(
	schema: JsonSchema,
	uiSchema: UiSchema,
	locale: Locale | undefined
): CrossFieldCheck {
	let titles: Map<string, string> | undefined;
	return (data) => {
		titles ??= new Map(listFormFields(schema).map((f) => [f.key, f.title ?? f.key]));
		const named = titles;
		return crossFieldProblems(uiSchema, data, { locale, title: (key) => named.get(key) }).map(
			(p) => ({ pointer: p.pointer, message: p.message, keyword: p.code ?? '', params: {} })
		);
	};
}
