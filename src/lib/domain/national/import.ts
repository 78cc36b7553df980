// National exchange file → items, all or nothing: every unknown code and missing required element
// is reported with its place in the file, and no item comes back unless every one is sound.
import { translator, type Locale } from '../i18n';
import { NATIONAL_CODES, APPLICANT_TYPE_CODES, type CodedEnum } from '../item/codes';
import type { Item } from '../item/types';
import { validateItem } from '../item/validate';
import { applyMergePatch } from './merge-patch';
import { nationalMessages } from './messages';
import { feeFromRow, itemFromBasic, materialFromRow, splitCodes } from './shape';
import type {
	NationalBasic,
	NationalDoc,
	NationalError,
	NationalFee,
	NationalMaterial
} from './types';
import { isObj, type Obj } from '../plain-object';

export type ImportResult = { ok: true; items: Item[] } | { ok: false; errors: NationalError[] };

export interface ImportOptions {
	locale?: Locale;
	/** YYYY-MM-DD for the repeal check of validation; defaults to today in China */
	today?: string;
}

/** Codes each exchange key accepts; 服务对象 takes every national code, finer than ours. */
function codesOf(list: CodedEnum | 'applicantType'): string[] {
	if (list === 'applicantType') return Object.values(APPLICANT_TYPE_CODES).flat().sort();
	return [...new Set(Object.values(NATIONAL_CODES[list] as Record<string, string>))].filter(
		Boolean
	);
}

type Translate = ReturnType<typeof translator<(typeof nationalMessages)['zh-CN']>>;

class Reader {
	errors: NationalError[] = [];
	constructor(readonly t: Translate) {}

	fail(path: string, message: string) {
		this.errors.push({ path, message });
	}

	text(o: Obj, key: string, at: string, required: boolean): void {
		const v = o[key];
		if (v === undefined || v === null || v === '') {
			if (required) this.fail(`${at}.${key}`, this.t('national.missing', { key }));
		} else if (typeof v !== 'string')
			this.fail(`${at}.${key}`, this.t('national.notText', { key }));
	}

	count(o: Obj, key: string, at: string, required: boolean): void {
		const v = o[key];
		if (v === undefined || v === null || v === '') {
			if (required) this.fail(`${at}.${key}`, this.t('national.missing', { key }));
		} else if (!Number.isInteger(v) || (v as number) < 0)
			this.fail(`${at}.${key}`, this.t('national.notNumber', { key }));
	}

	code(
		o: Obj,
		key: string,
		at: string,
		list: Parameters<typeof codesOf>[0],
		required: boolean,
		many = false
	): void {
		this.text(o, key, at, required);
		const v = o[key];
		if (typeof v !== 'string' || v === '') return;
		const known = codesOf(list);
		const given = many ? splitCodes(v) : [v];
		if (required && given.length === 0)
			this.fail(`${at}.${key}`, this.t('national.missing', { key }));
		for (const c of given)
			if (!known.includes(c))
				this.fail(
					`${at}.${key}`,
					this.t('national.unknownCode', { key, code: c, codes: known.join(', ') })
				);
	}

	patch(o: Obj, at: string): void {
		if (o.x_banshi !== undefined && !isObj(o.x_banshi))
			this.fail(`${at}.x_banshi`, this.t('national.notObject', { key: 'x_banshi' }));
	}
}

function checkBasic(r: Reader, b: Obj, at: string): void {
	for (const key of [
		'task_name',
		'catalog_code',
		'task_code',
		'dept_name',
		'dept_code',
		'accept_condition',
		'handle_flow',
		'transact_addr',
		'transact_time',
		'link_way',
		'supervise_way'
	])
		r.text(b, key, at, true);
	for (const key of [
		'anticipate_explain',
		'promise_explain',
		'special_procedure',
		'fee_basis',
		'online_handle_url',
		'result_name'
	])
		r.text(b, key, at, false);
	r.code(b, 'task_type', at, 'kind', true);
	r.code(b, 'task_state', at, 'itemState', true);
	r.count(b, 'task_version', at, true);
	r.code(b, 'use_level', at, 'level', true, true);
	r.code(b, 'dept_type', at, 'departmentNature', true);
	r.code(b, 'server_type', at, 'applicantType', true, true);
	r.count(b, 'anticipate_day', at, true);
	r.code(b, 'anticipate_type', at, 'timeUnit', true);
	r.count(b, 'promise_day', at, true);
	r.code(b, 'promise_type', at, 'timeUnit', true);
	r.code(b, 'project_type', at, 'caseType', true);
	r.code(b, 'is_fee', at, 'flag', true);
	r.count(b, 'limit_scene_num', at, true);
	r.code(b, 'handle_type', at, 'channel', false, true);
	r.code(b, 'is_online', at, 'flag', true);
	r.code(b, 'online_handle_depth', at, 'onlineDepth', false);
	r.code(b, 'handle_area', at, 'crossRegion', false);
	r.code(b, 'result_type', at, 'resultType', true);
	checkNationalElements(r, b, at);
	r.patch(b, at);
	const laws = b.by_law;
	if (laws === undefined || (Array.isArray(laws) && laws.length === 0))
		r.fail(`${at}.by_law`, r.t('national.missing', { key: 'by_law' }));
	else if (!Array.isArray(laws)) r.fail(`${at}.by_law`, r.t('national.notList', { key: 'by_law' }));
	else
		laws.forEach((l, i) => {
			const lat = `${at}.by_law[${i}]`;
			if (!isObj(l)) return r.fail(lat, r.t('national.notObject', { key: 'by_law' }));
			r.text(l, 'law_name', lat, true);
			for (const key of ['law_number', 'clause_number', 'clause_content'])
				r.text(l, key, lat, false);
		});
}

/** The optional elements beyond the core guide: each checked only when present. */
function checkNationalElements(r: Reader, b: Obj, at: string): void {
	for (const key of [
		'task_handle_item',
		'entrust_name',
		'service_type',
		'limit_explain',
		'plan_effective_date',
		'plan_cancel_date',
		'reconsiderat',
		'litigation',
		'town_code',
		'village_code'
	])
		r.text(b, key, at, false);
	r.code(b, 'power_source', at, 'powerSource', false);
	for (const key of [
		'is_entry_center',
		'is_schedule',
		'is_pay_online',
		'is_express',
		'is_service_terminals'
	])
		r.code(b, key, at, 'flag', false);
	r.code(b, 'user_topic_type', at, 'personTopic', false, true);
	r.code(b, 'corp_topic_type', at, 'legalPersonTopic', false, true);
	const depts = b.other_dept;
	if (depts === undefined || depts === null) return;
	if (!Array.isArray(depts))
		r.fail(`${at}.other_dept`, r.t('national.notList', { key: 'other_dept' }));
	else
		depts.forEach((d, i) => {
			if (typeof d !== 'string' || d.trim() === '')
				r.fail(`${at}.other_dept[${i}]`, r.t('national.notText', { key: 'other_dept' }));
		});
}

function checkMaterial(r: Reader, m: Obj, at: string): void {
	r.text(m, 'material_name', at, true);
	r.count(m, 'order_num', at, true);
	r.code(m, 'material_type', at, 'materialKind', false);
	r.code(m, 'material_format', at, 'medium', false);
	r.code(m, 'is_need', at, 'necessity', true);
	r.code(m, 'source_type', at, 'source', false);
	r.count(m, 'original_amount', at, false);
	r.count(m, 'copy_amount', at, false);
	for (const key of ['source_explain', 'page_format', 'fill_explain', 'accept_stand', 'by_law'])
		r.text(m, key, at, false);
	r.patch(m, at);
}

function checkFee(r: Reader, f: Obj, at: string): void {
	r.text(f, 'fee_name', at, true);
	r.text(f, 'fee_stand', at, true);
	if (
		typeof f.fee_stand === 'string' &&
		f.fee_stand !== '' &&
		!Number.isFinite(Number(f.fee_stand))
	)
		r.fail(`${at}.fee_stand`, r.t('national.badAmount', { value: f.fee_stand }));
	r.code(f, 'is_desc', at, 'flag', false);
	for (const key of ['by_law', 'desc_explain']) r.text(f, key, at, false);
	r.patch(f, at);
}

function list(r: Reader, doc: Obj, key: string, at: string): Obj[] {
	const v = doc[key] ?? [];
	if (!Array.isArray(v)) {
		r.fail(`${at}.${key}`, r.t('national.notList', { key }));
		return [];
	}
	return v.map((row, i) => {
		if (!isObj(row)) r.fail(`${at}.${key}[${i}]`, r.t('national.notObject', { key }));
		return isObj(row) ? row : {};
	});
}

/** The documents of a file with where each one starts: one document, a list, or `{ items }`. */
function documentsOf(file: unknown): { doc: unknown; at: string }[] | undefined {
	if (Array.isArray(file)) return file.map((doc, i) => ({ doc, at: `[${i}]` }));
	if (isObj(file) && Array.isArray(file.items))
		return file.items.map((doc, i) => ({ doc, at: `items[${i}]` }));
	if (isObj(file) && 'basic' in file) return [{ doc: file, at: '' }];
	return undefined;
}

const join = (at: string, key: string) => (at ? `${at}.${key}` : key);

function importOne(r: Reader, doc: unknown, at: string, opts: ImportOptions): Item | undefined {
	const before = r.errors.length;
	if (!isObj(doc) || !isObj(doc.basic)) {
		r.fail(join(at, 'basic'), r.t('national.missing', { key: 'basic' }));
		return undefined;
	}
	checkBasic(r, doc.basic, join(at, 'basic'));
	const materials = list(r, doc, 'materials', at);
	const fees = list(r, doc, 'fees', at);
	materials.forEach((m, i) => checkMaterial(r, m, join(at, `materials[${i}]`)));
	fees.forEach((f, i) => checkFee(r, f, join(at, `fees[${i}]`)));
	const orders = materials.map((m) => m.order_num);
	orders.forEach((o, i) => {
		if (orders.indexOf(o) !== i)
			r.fail(
				join(at, `materials[${i}].order_num`),
				r.t('national.duplicateOrder', { order: String(o) })
			);
	});
	if (r.errors.length > before) return undefined;

	const basic = doc.basic as unknown as NationalBasic;
	const rows = (materials as unknown as NationalMaterial[])
		.slice()
		.sort((a, b) => a.order_num - b.order_num);
	const builtMaterials = rows.map((row) =>
		applyMergePatch(materialFromRow(row), row.x_banshi ?? {})
	);
	const builtFees = (fees as unknown as NationalFee[]).map((row) =>
		applyMergePatch(feeFromRow(row, basic), row.x_banshi ?? {})
	);
	const approx = itemFromBasic(basic, builtMaterials as Item['materials'], builtFees as never);
	const item = applyMergePatch(approx, basic.x_banshi ?? {});
	const checked = validateItem(item, { locale: opts.locale, today: opts.today });
	if (!checked.ok || !checked.item) {
		for (const p of checked.problems)
			r.fail(
				join(at, 'basic'),
				r.t('national.invalidItem', { pointer: p.pointer || '/', message: p.message })
			);
		return undefined;
	}
	return checked.item;
}

/** Every item of a national exchange file, or every located error and no item. */
export function fromNational(file: unknown, opts: ImportOptions = {}): ImportResult {
	const t = translator(nationalMessages, opts.locale);
	const r = new Reader(t);
	const docs = documentsOf(file);
	if (!docs) return { ok: false, errors: [{ path: '', message: t('national.notDocument') }] };
	const items = docs.map(({ doc, at }) => importOne(r, doc, at, opts));
	if (r.errors.length) return { ok: false, errors: r.errors };
	return { ok: true, items: items as Item[] };
}

export type { NationalDoc };
