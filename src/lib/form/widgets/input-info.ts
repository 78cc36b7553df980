// The static facts of a text-like control, worked out once per (schema, uiSchema options) pair
// instead of as a handful of reactive values in every one of a thousand inputs.
import type { JsonSchema } from '$lib/domain/item/types';
import { primaryType } from '../schema';

export interface InputInfo {
	numeric: boolean;
	inputType: 'text' | 'password' | 'email' | 'url' | 'date' | 'datetime-local';
	inputMode: 'numeric' | 'decimal' | undefined;
	placeholder: string | undefined;
	maxlength: number | undefined;
}

const cache = new WeakMap<JsonSchema, WeakMap<object, Map<string, InputInfo>>>();

function compute(schema: JsonSchema, widget: string, options: Record<string, unknown>): InputInfo {
	const type = primaryType(schema);
	const numeric = type === 'number' || type === 'integer';
	const w = widget || (typeof schema.format === 'string' ? schema.format : '');
	const inputType: InputInfo['inputType'] =
		w === 'password'
			? 'password'
			: w === 'email'
				? 'email'
				: w === 'uri' || w === 'url'
					? 'url'
					: w === 'date'
						? 'date'
						: w === 'date-time' || w === 'datetime'
							? 'datetime-local'
							: 'text';
	return {
		numeric,
		inputType,
		inputMode: numeric ? (type === 'integer' ? 'numeric' : 'decimal') : undefined,
		placeholder: typeof options.placeholder === 'string' ? options.placeholder : undefined,
		maxlength: typeof schema.maxLength === 'number' ? schema.maxLength : undefined
	};
}

export function inputInfo(
	schema: JsonSchema,
	widget: string,
	options: Record<string, unknown>
): InputInfo {
	let byOptions = cache.get(schema);
	if (!byOptions) cache.set(schema, (byOptions = new WeakMap()));
	let byWidget = byOptions.get(options);
	if (!byWidget) byOptions.set(options, (byWidget = new Map()));
	let info = byWidget.get(widget);
	if (!info) byWidget.set(widget, (info = compute(schema, widget, options)));
	return info;
}
