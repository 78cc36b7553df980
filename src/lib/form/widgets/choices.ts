// Option lists for enums and code lists, built once per (schema, uiSchema) through rjsf's
// optionsList (which honours ui:enumNames and oneOf titles).
import { optionsList, type RJSFSchema } from '@rjsf/utils';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import type { FormT } from '../messages';

export interface Choice {
	label: string;
	value: unknown;
}

const cache = new WeakMap<JsonSchema, WeakMap<object, Choice[]>>();
const NO_UI = {};

/** A plain boolean offers 是/否; anything else lists its enum or code list. */
export function choicesOf(schema: JsonSchema, ui: UiSchema | undefined, t?: FormT): Choice[] {
	if (t && schema.type === 'boolean' && !schema.enum && !schema.oneOf && !schema.anyOf) {
		return [
			{ label: t('form.yes'), value: true },
			{ label: t('form.no'), value: false }
		];
	}
	let byUi = cache.get(schema);
	if (!byUi) cache.set(schema, (byUi = new WeakMap()));
	let list = byUi.get(ui ?? NO_UI);
	if (!list) {
		list = (optionsList(schema as RJSFSchema, ui) ?? []).map((o) => ({
			label: String(o.label),
			value: o.value as unknown
		}));
		byUi.set(ui ?? NO_UI, list);
	}
	return list;
}
