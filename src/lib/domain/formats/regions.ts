// The GB/T 2260 region tree for cn-region and the province → city → county picker. The dataset is
// county level and shipped with the code (see data/regions.json: source and as-of date); an
// administrator can replace it when divisions change, without a release.
import type { Problem } from '../item/types';
import { translator, type Locale } from '../i18n';
import { pointer } from '../pointer';
import { formatMessages as messages } from './messages';
import { regionDataMessages } from './region-data.messages';
import { PROVINCE_PREFIXES, PROVINCE_RE } from './provinces';
import type { StrictCheck } from './types';
// Built by scripts/build-regions.mjs from @vant/area-data; its header names source and date.
import shipped from './data/regions.json';

export interface RegionData {
	/** where the codes come from, e.g. 民政部 行政区划代码 or a package name and version */
	source: string;
	/** YYYY-MM-DD the codes are current as of */
	asOf: string;
	/** code → name, provinces (xx0000), cities (xxxx00) and counties */
	regions: Record<string, string>;
}

export interface RegionEntry {
	code: string;
	name: string;
}

export type RegionLevel = 'province' | 'city' | 'county';

interface Index {
	data: RegionData;
	children: Map<string | null, RegionEntry[]>;
}

let current: Index | undefined;
let active: RegionData = shipped as RegionData;

export function regionLevel(code: string): RegionLevel {
	if (code.endsWith('0000')) return 'province';
	if (code.endsWith('00')) return 'city';
	return 'county';
}

/** The nearest ancestor present in the data: a county's city, or its province when lists omit the city. */
function parentOf(code: string, regions: Record<string, string>): string | null {
	const level = regionLevel(code);
	if (level === 'province') return null;
	const province = code.slice(0, 2) + '0000';
	if (level === 'city') return province;
	const city = code.slice(0, 4) + '00';
	return city in regions ? city : province;
}

// Built on first use: the browser pays for the tree only when a form shows a region field.
function index(): Index {
	if (current && current.data === active) return current;
	const children = new Map<string | null, RegionEntry[]>();
	for (const [code, name] of Object.entries(active.regions)) {
		const parent = parentOf(code, active.regions);
		const list = children.get(parent) ?? [];
		list.push({ code, name });
		children.set(parent, list);
	}
	for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
	current = { data: active, children };
	return current;
}

export function regionName(code: string): string | undefined {
	return Object.hasOwn(active.regions, code) ? active.regions[code] : undefined;
}

/** Provinces for `null`; otherwise the direct children of a province or city (empty if none). */
export function regionChildren(code: string | null): RegionEntry[] {
	return [...(index().children.get(code) ?? [])];
}

/** [province, city, county] down to `code` (fewer when the code is higher up); [] when unknown. */
export function regionPath(code: string): RegionEntry[] {
	if (regionName(code) === undefined) return [];
	const path: RegionEntry[] = [];
	for (let c: string | null = code; c !== null; c = parentOf(c, active.regions)) {
		const name = regionName(c);
		if (name !== undefined) path.unshift({ code: c, name });
	}
	return path;
}

export function regionDataInfo(): { source: string; asOf: string; count: number } {
	return { source: active.source, asOf: active.asOf, count: Object.keys(active.regions).length };
}

/** Problems in a replacement dataset (empty when it can be used). */
export function validateRegionData(data: unknown, locale?: Locale): Problem[] {
	const t = translator(regionDataMessages, locale);
	const out: Problem[] = [];
	const problem = (ptr: string, code: string, message: string) =>
		out.push({ pointer: ptr, code, message });
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		problem('', 'type', t('formats.regionData.notObject'));
		return out;
	}
	const d = data as Record<string, unknown>;
	if (typeof d.source !== 'string' || !d.source.trim()) {
		problem('/source', 'required', t('formats.regionData.source'));
	}
	if (typeof d.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.asOf)) {
		problem('/asOf', 'required', t('formats.regionData.asOf'));
	}
	const regions = d.regions;
	if (typeof regions !== 'object' || regions === null || Array.isArray(regions)) {
		problem('/regions', 'type', t('formats.regionData.regions'));
		return out;
	}
	const map = regions as Record<string, unknown>;
	const codes = Object.keys(map);
	if (!codes.some((c) => regionLevel(c) === 'province' && /^\d{6}$/.test(c))) {
		problem('/regions', 'empty', t('formats.regionData.noProvince'));
	}
	for (const code of codes) {
		const ptr = pointer('regions', code);
		if (!/^\d{6}$/.test(code)) {
			problem(ptr, 'code', t('formats.regionData.code', { code }));
			continue;
		}
		if (!PROVINCE_PREFIXES.has(code.slice(0, 2))) {
			problem(ptr, 'province', t('formats.regionData.province', { code }));
			continue;
		}
		if (typeof map[code] !== 'string' || !(map[code] as string).trim()) {
			problem(ptr, 'name', t('formats.regionData.name', { code }));
		}
		const province = code.slice(0, 2) + '0000';
		if (code !== province && !(province in map)) {
			problem(ptr, 'parent', t('formats.regionData.parent', { code, province }));
		}
	}
	return out;
}

/** Replace the dataset in use; throws (with the problems) and keeps the old one when invalid. */
export function setRegionData(data: RegionData, locale?: Locale): void {
	const problems = validateRegionData(data, locale);
	if (problems.length) {
		const list = problems.map((p) => `${p.pointer}: ${p.message}`).join('; ');
		const err = new Error(
			translator(regionDataMessages, locale)('formats.regionData.invalid', { problems: list })
		);
		(err as Error & { problems: Problem[] }).problems = problems;
		throw err;
	}
	active = { source: data.source, asOf: data.asOf, regions: { ...data.regions } };
}

/**
 * Add codes to the dataset in use: a page that ships only the provinces (the widget) adds one
 * province's cities and counties when a user picks it. Codes already present keep their names.
 */
export function addRegions(regions: Record<string, string>): void {
	active = { ...active, regions: { ...regions, ...active.regions } };
}

/** Back to the dataset shipped with the application. */
export function resetRegionData(): void {
	active = shipped as RegionData;
}

export const REGION_PATTERN = `^${PROVINCE_RE}\\d{4}$`;

/** Whether `value` is a current region code exactly as written (checkRegion without messages). */
export function isValidRegion(value: string): boolean {
	return /^\d{6}$/.test(value) && regionName(value) !== undefined;
}

export function checkRegion(input: string, opts: { locale?: Locale } = {}): StrictCheck {
	const t = translator(messages, opts.locale);
	const value = input.trim();
	if (!/^\d{6}$/.test(value)) return { valid: false, message: t('formats.region.digits') };
	if (regionName(value) === undefined) {
		const { source, asOf } = regionDataInfo();
		return { valid: false, message: t('formats.region.unknown', { code: value, source, asOf }) };
	}
	if (value !== input) {
		const why = t('formats.region.spaces');
		return { valid: true, normalized: value, warnings: [why], strictMessage: why };
	}
	return { valid: true };
}
