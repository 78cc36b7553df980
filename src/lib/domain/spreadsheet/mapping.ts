// Column mappings: the default one recognises the headers offices commonly use (事项名称, 法定办结时限 …),
// a saved one is plain JSON, and a mapping is checked against the sheet before any row is read.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { translator, type Locale } from '../i18n';
import { spreadsheetMessages } from './messages';
import { ELEMENTS, type Element, type Mapping, type RowError } from './types';

/** Headers seen in offices' catalogues, each with the element it fills. */
export const COMMON_HEADERS: Readonly<Record<string, Element>> = {
	事项编码: 'code',
	实施编码: 'code',
	事项名称: 'name',
	事项类型: 'kind',
	实施主体: 'department',
	实施机构: 'department',
	实施主体编码: 'departmentCode',
	统一社会信用代码: 'departmentCode',
	法定办结时限: 'legalLimit',
	承诺办结时限: 'promisedLimit',
	设定依据: 'basis',
	受理条件: 'conditions',
	收费金额: 'feeAmount',
	收费标准: 'feeAmount',
	收费依据: 'feeBasis',
	到现场次数: 'visits',
	咨询电话: 'consultPhone',
	办理结果: 'resultName',
	材料名称: 'material.name',
	必要性: 'material.necessity',
	是否要件: 'material.essential',
	原件份数: 'material.originals',
	复印件份数: 'material.copies'
};

const REQUIRED: Element[] = ['code', 'name'];

/** The default mapping of a sheet's headers; several material rows per code means one row per material. */
export function defaultMapping(headers: readonly string[], layout?: Mapping['layout']): Mapping {
	const columns: Record<string, Element> = {};
	for (const h of headers) {
		const element = COMMON_HEADERS[h.trim()];
		if (element && !Object.values(columns).includes(element)) columns[h] = element;
	}
	return { layout: layout ?? 'item', columns };
}

/** Problems of a mapping against a sheet's headers (row 0: the header row). */
export function checkMapping(
	mapping: Mapping,
	headers: readonly string[],
	locale?: Locale
): RowError[] {
	const t = translator(spreadsheetMessages, locale);
	const errors: RowError[] = [];
	const mapped = new Set<string>();
	for (const [column, element] of Object.entries(mapping.columns)) {
		if (!(ELEMENTS as readonly string[]).includes(element)) {
			errors.push({
				row: 0,
				column,
				code: 'mapping-element',
				message: t('sheet.mapping.unknownElement', { element })
			});
		} else if (!headers.includes(column)) {
			errors.push({
				row: 0,
				column,
				code: 'mapping-column',
				message: t('sheet.mapping.missingColumn', { column })
			});
		} else mapped.add(element);
	}
	for (const element of REQUIRED) {
		if (!mapped.has(element))
			errors.push({
				row: 0,
				column: '',
				code: 'mapping-required',
				message: t('sheet.mapping.required', { element })
			});
	}
	return errors;
}

/** A mapping read from JSON, or undefined when its shape is not one (the caller reports the file). */
export function parseMapping(value: unknown): Mapping | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const v = value as Record<string, unknown>;
	const layout = v.layout ?? 'item';
	if (layout !== 'item' && layout !== 'material') return undefined;
	if (!v.columns || typeof v.columns !== 'object' || Array.isArray(v.columns)) return undefined;
	const columns: Record<string, Element> = {};
	for (const [k, e] of Object.entries(v.columns as Record<string, unknown>)) {
		if (typeof e !== 'string') return undefined;
		columns[k] = e as Element;
	}
	return { layout, columns };
}

/**
 * The key of a header row: the headers in their order, so a moved or renamed column is a new layout
 * (the browser and the server keep a saved mapping under it).
 */
export function headerRowKey(headers: readonly string[]): string {
	return JSON.stringify(headers);
}

/**
 * The SHA-256 (hex) of a header row's key: how the browser asks the server for a saved mapping,
 * since a wide sheet's headers outgrow a URL, and how the server files it.
 */
export function headerRowHash(headers: readonly string[]): string {
	return bytesToHex(sha256(utf8ToBytes(headerRowKey(headers))));
}
