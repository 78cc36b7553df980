// The application form's data as the printed 申请表 lists it: each section with its fields, labelled
// as the form labels them, values as people write them (the chosen option's title, 是/否, the
// region's name, a file's name). Only what the applicant entered: a field a condition hid is not in
// the data, so it is not printed either.
import { joinList, type Locale } from '$lib/domain/i18n';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import { regionPath } from '$lib/domain/formats/regions';
import { portalT } from './messages';

export interface PrintRow {
	label: string;
	value: string;
}
export interface PrintSection {
	title: string;
	rows: PrintRow[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A property's schema: the object's own, or a conditional branch's ("show when"). */
function propertySchema(schema: JsonSchema, key: string): JsonSchema {
	const own = (schema.properties as Record<string, JsonSchema> | undefined)?.[key];
	if (own) return own;
	for (const rule of (schema.allOf as JsonSchema[] | undefined) ?? []) {
		for (const branch of [rule.then, rule.else] as (JsonSchema | undefined)[]) {
			const p = (branch?.properties as Record<string, JsonSchema> | undefined)?.[key];
			if (p) return p;
		}
	}
	for (const alt of ((schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined) ?? []) {
		const p = (alt.properties as Record<string, JsonSchema> | undefined)?.[key];
		if (p) return p;
	}
	return {};
}

function titleOf(schema: JsonSchema, ui: UiSchema | undefined, key: string): string {
	const t = ui?.['ui:title'] ?? (ui?.['ui:options'] as Obj | undefined)?.title ?? schema.title;
	return typeof t === 'string' && t ? t : key;
}

function ordered(keys: string[], ui: UiSchema | undefined): string[] {
	const order = ui?.['ui:order'];
	if (!Array.isArray(order)) return keys;
	const rank = (k: string) => {
		const i = order.indexOf(k);
		return i < 0 ? order.length : i;
	};
	return [...keys].sort((a, b) => rank(a) - rank(b));
}

function text(schema: JsonSchema, value: unknown, locale: Locale): string {
	const t = portalT(locale);
	if (typeof value === 'boolean') return t(value ? 'portal.print.yes' : 'portal.print.no');
	const options = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
	const chosen = options?.find((o) => 'const' in o && o.const === value);
	if (chosen && typeof chosen.title === 'string') return chosen.title;
	if (schema.format === 'cn-region' && typeof value === 'string') {
		const names = regionPath(value).map((r) => r.name);
		return names.length ? `${names.join('')}（${value}）` : value;
	}
	if (isObj(value) && typeof value.name === 'string' && typeof value.sha256 === 'string') {
		return value.name;
	}
	if (Array.isArray(value)) {
		const item = (schema.items as JsonSchema | undefined) ?? {};
		return joinList(
			locale,
			value.map((v) => text(item, v, locale))
		);
	}
	return String(value);
}

function walk(
	schema: JsonSchema,
	ui: UiSchema | undefined,
	data: Obj,
	title: string,
	locale: Locale,
	out: PrintSection[]
): void {
	const section: PrintSection = { title, rows: [] };
	out.push(section);
	for (const key of ordered(Object.keys(data), ui)) {
		const value = data[key];
		if (value === undefined || value === null || value === '') continue;
		const sub = propertySchema(schema, key);
		const subUi = ui?.[key] as UiSchema | undefined;
		const label = titleOf(sub, subUi, key);
		const fileLike = isObj(value) && typeof value.sha256 === 'string';
		if (isObj(value) && !fileLike) {
			walk(sub, subUi, value, title ? `${title} › ${label}` : label, locale, out);
		} else if (
			Array.isArray(value) &&
			value.some(isObj) &&
			!value.every((v) => isObj(v) && 'sha256' in v)
		) {
			const item = (sub.items as JsonSchema | undefined) ?? {};
			value.forEach((v, i) => {
				const name = `${label} ${portalT(locale)('portal.print.entry', { n: i + 1 })}`;
				if (isObj(v))
					walk(item, subUi?.items as UiSchema, v, title ? `${title} › ${name}` : name, locale, out);
			});
		} else {
			section.rows.push({ label, value: text(sub, value, locale) });
		}
	}
}

/** Sections of entered data, the `materials` uploads left out (the materials list prints them). */
export function printSections(
	schema: JsonSchema,
	ui: UiSchema,
	form: Obj,
	locale: Locale
): PrintSection[] {
	const out: PrintSection[] = [];
	const { materials: _materials, ...fields } = form;
	walk(schema, ui, fields, '', locale, out);
	return out.filter((s) => s.rows.length);
}
