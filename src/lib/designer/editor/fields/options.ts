// Picker options from the domain's label tables, so the designer names every enum value exactly as
// diff sentences, lint messages and the portal do.
import type { Locale } from '$lib/domain/i18n';
import { enumValues, label, type LabelEnum } from '$lib/domain/item';

export function enumOptions(name: LabelEnum, locale: Locale): { value: string; label: string }[] {
	return enumValues(name).map((v) => ({ value: v, label: label(name, v, locale) }));
}

/** For enums whose stored values are numbers (online depth). */
export function numericOptions(name: LabelEnum, locale: Locale) {
	return enumValues(name).map((v) => ({ value: Number(v), label: label(name, v, locale) }));
}
