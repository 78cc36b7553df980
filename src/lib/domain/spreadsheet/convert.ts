// Rows → items. Every row is read and checked before anything is created: the result carries either
// all the items (one per row, or one per 事项编码 when a row is a material) or every error located by
// row and column, never some of the items. Items start from newItem(), so whatever the sheet does
// not say keeps the designer's placeholders for the editor (and lint) to catch.
import { translator, type Locale } from '../i18n';
import {
	label,
	enumValues,
	newItem,
	PLACEHOLDER_CREDIT_CODE,
	validateItem,
	type Item,
	type ItemKind,
	type Material,
	type Necessity,
	type TimeLimit,
	type TimeUnit
} from '../item';
import { checkMapping } from './mapping';
import { spreadsheetMessages } from './messages';
import type { Cell, Element, KnownDepartment, Mapping, RowError, Sheet, SheetRow } from './types';

export interface ImportOptions {
	locale?: Locale;
	/** when given, 实施主体 must name one of these and takes its credit code */
	departments?: readonly KnownDepartment[];
	/** YYYY-MM-DD for the item validation's repeal check */
	today?: string;
}

/** What the import would create, one line per item, for the preview. */
export interface PreviewLine {
	/** the item's first row */
	row: number;
	code: string;
	name: string;
	materials: number;
}

export interface ImportResult {
	ok: boolean;
	/** every item when ok; none otherwise */
	items: Item[];
	preview: PreviewLine[];
	errors: RowError[];
}

type T = ReturnType<typeof translator<(typeof spreadsheetMessages)['zh-CN']>>;

const ITEM_ELEMENTS: Element[] = [
	'code',
	'name',
	'kind',
	'department',
	'departmentCode',
	'legalLimit',
	'promisedLimit',
	'basis',
	'conditions',
	'feeAmount',
	'feeBasis',
	'visits',
	'consultPhone',
	'resultName'
];

const UNITS: Record<string, TimeUnit> = {
	工作日: 'workday',
	个工作日: 'workday',
	自然日: 'day',
	个自然日: 'day',
	天: 'day',
	日: 'day',
	月: 'month',
	个月: 'month'
};
const LIMIT = /^(\d+)\s*(个工作日|工作日|个自然日|自然日|天|日|个月|月)?$/;
const YES = new Set(['是', 'Y', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', 'N', 'n', 'no', 'false', '0']);

function text(cell: Cell | undefined): string | undefined {
	if (cell === null || cell === undefined) return undefined;
	const s = String(cell).trim();
	return s === '' ? undefined : s;
}

function lines(s: string): string[] {
	return s
		.split(/\r?\n|；|;/)
		.map((x) => x.trim())
		.filter(Boolean);
}

/** Accepts an enum's key or its label in either language. */
function enumFrom<E extends string>(
	name: 'kind' | 'necessity',
	value: string,
	locale?: Locale
): { value?: E; choices: string } {
	const keys = enumValues(name);
	for (const k of keys) {
		if (value === k || value === label(name, k, 'zh-CN') || value === label(name, k, 'en'))
			return { value: k as E, choices: '' };
	}
	return { choices: keys.map((k) => label(name, k, locale)).join('、') };
}

/** Reads one row's cells by element, recording located errors as it goes. */
class RowReader {
	constructor(
		private readonly r: SheetRow,
		private readonly index: Map<Element, { i: number; header: string }>,
		private readonly t: T,
		private readonly errors: RowError[]
	) {}

	column(e: Element): string {
		return this.index.get(e)?.header ?? '';
	}

	has(e: Element): boolean {
		return this.index.has(e);
	}

	raw(e: Element): Cell | undefined {
		const c = this.index.get(e);
		return c ? this.r.cells[c.i] : undefined;
	}

	fail(e: Element | '', code: string, message: string): undefined {
		this.errors.push({ row: this.r.row, column: e ? this.column(e) : '', code, message });
		return undefined;
	}

	text(e: Element): string | undefined {
		return text(this.raw(e));
	}

	required(e: Element): string | undefined {
		return this.text(e) ?? this.fail(e, 'required', this.t('sheet.required'));
	}

	whole(e: Element): number | undefined {
		const v = this.raw(e);
		const s = text(v);
		if (s === undefined) return undefined;
		const n = typeof v === 'number' ? v : /^\d+$/.test(s) ? Number(s) : NaN;
		if (!Number.isInteger(n) || n < 0)
			return this.fail(e, 'number', this.t('sheet.number', { value: s }));
		return n;
	}

	limit(e: Element): TimeLimit | undefined {
		const v = this.raw(e);
		const s = text(v);
		if (s === undefined) return undefined;
		if (typeof v === 'number' && Number.isInteger(v) && v >= 0)
			return { value: v, unit: 'workday' };
		const m = LIMIT.exec(s.replace(/\s+/g, ''));
		if (!m) return this.fail(e, 'limit', this.t('sheet.limit', { value: s }));
		return { value: Number(m[1]), unit: m[2] ? UNITS[m[2]] : 'workday' };
	}

	amount(e: Element): number | undefined {
		const v = this.raw(e);
		const s = text(v);
		if (s === undefined || s === '不收费' || s === '免费') return undefined;
		const n = typeof v === 'number' ? v : /^\d+(\.\d{1,2})?$/.test(s) ? Number(s) : NaN;
		if (!Number.isFinite(n) || n < 0)
			return this.fail(e, 'amount', this.t('sheet.amount', { value: s }));
		return n;
	}

	yesNo(e: Element): boolean | undefined {
		const s = this.text(e);
		if (s === undefined) return undefined;
		if (YES.has(s)) return true;
		if (NO.has(s)) return false;
		return this.fail(e, 'choice', this.t('sheet.unknownValue', { value: s, choices: '是、否' }));
	}

	choice<E extends string>(e: 'kind' | 'material.necessity', locale?: Locale): E | undefined {
		const s = this.text(e);
		if (s === undefined) return undefined;
		const found = enumFrom<E>(e === 'kind' ? 'kind' : 'necessity', s, locale);
		return (
			found.value ??
			this.fail(e, 'choice', this.t('sheet.unknownValue', { value: s, choices: found.choices }))
		);
	}
}

function material(r: RowReader, name: string, id: string, locale?: Locale): Material {
	const necessity = r.choice<Necessity>('material.necessity', locale) ?? 'required';
	return {
		id,
		name,
		necessity,
		essential: r.yesNo('material.essential') ?? false,
		kind: 'other',
		medium: 'both',
		originals: r.whole('material.originals') ?? 1,
		copies: r.whole('material.copies') ?? 0,
		source: 'applicant',
		sharedExempt: false,
		mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
		maxSize: 10 * 1024 * 1024
	};
}

/** Which element (and so which column) a validation pointer is about. */
function elementOfPointer(ptr: string): Element | undefined {
	const table: [string, Element][] = [
		['/code', 'code'],
		['/name', 'name'],
		['/kind', 'kind'],
		['/department/creditCode', 'departmentCode'],
		['/department', 'department'],
		['/guide/legalTimeLimit', 'legalLimit'],
		['/guide/promisedTimeLimit', 'promisedLimit'],
		['/guide/legalBasis', 'basis'],
		['/guide/conditions', 'conditions'],
		['/guide/fees', 'feeAmount'],
		['/guide/visits', 'visits'],
		['/guide/consult', 'consultPhone'],
		['/guide/result', 'resultName']
	];
	return table.find(([p]) => ptr === p || ptr.startsWith(p + '/'))?.[1];
}

/** Converts a sheet into items with `mapping`: all of them, or none and every error. */
export function importSheet(
	sheet: Sheet,
	mapping: Mapping,
	opts: ImportOptions = {}
): ImportResult {
	const { locale } = opts;
	const t = translator(spreadsheetMessages, locale);
	const errors = checkMapping(mapping, sheet.headers, locale);
	if (errors.length) return { ok: false, items: [], preview: [], errors };
	const rows = sheet.rows.filter((r) => r.cells.some((c) => text(c) !== undefined));
	if (rows.length === 0)
		return {
			ok: false,
			items: [],
			preview: [],
			errors: [{ row: 0, column: '', code: 'empty', message: t('sheet.empty') }]
		};

	const index = new Map<Element, { i: number; header: string }>();
	for (const [header, element] of Object.entries(mapping.columns))
		index.set(element, { i: sheet.headers.indexOf(header), header });
	const reader = (r: SheetRow) => new RowReader(r, index, t, errors);
	const departments = opts.departments && new Map(opts.departments.map((d) => [d.name, d]));

	// Group rows into items: one row each, or every row of one 事项编码 when a row is a material.
	const groups: SheetRow[][] = [];
	const byCode = new Map<string, SheetRow[]>();
	for (const r of rows) {
		const code = text(index.has('code') ? r.cells[index.get('code')!.i] : null);
		const same = code === undefined ? undefined : byCode.get(code);
		if (same && mapping.layout === 'material') {
			same.push(r);
			continue;
		}
		if (same) {
			reader(r).fail(
				'code',
				'duplicate',
				t('sheet.duplicateCode', { code: code!, first: same[0].row })
			);
			continue;
		}
		const group = [r];
		groups.push(group);
		if (code !== undefined) byCode.set(code, group);
	}

	const items: Item[] = [];
	const preview: PreviewLine[] = [];
	for (const group of groups) {
		const before = errors.length;
		const first = reader(group[0]);
		// The rows after the first repeat the item's elements or leave them empty.
		for (const r of group.slice(1)) {
			const other = reader(r);
			for (const e of ITEM_ELEMENTS) {
				const expected = first.text(e);
				const got = other.text(e);
				if (got !== undefined && got !== expected)
					other.fail(
						e,
						'inconsistent',
						t('sheet.inconsistent', { first: group[0].row, expected: expected ?? '' })
					);
			}
		}
		const code = first.required('code');
		const name = first.required('name');
		const item = newItem({ code: code ?? 'draft', name: name ?? '' });
		const kind = first.choice<ItemKind>('kind', locale);
		if (kind) item.kind = kind;

		const departmentName = first.text('department');
		if (departmentName !== undefined) {
			const known = departments?.get(departmentName);
			if (departments && !known)
				first.fail(
					'department',
					'department',
					t('sheet.unknownDepartment', { value: departmentName })
				);
			item.department = {
				name: departmentName,
				creditCode: known?.creditCode ?? first.text('departmentCode') ?? PLACEHOLDER_CREDIT_CODE
			};
		} else if (departments && first.has('department')) first.required('department');

		const legal = first.limit('legalLimit');
		const promised = first.limit('promisedLimit');
		if (legal) item.guide.legalTimeLimit = legal;
		if (promised) item.guide.promisedTimeLimit = promised;
		else if (legal) item.guide.promisedTimeLimit = { ...legal };
		if (legal && promised && legal.unit === promised.unit && promised.value > legal.value)
			first.fail(
				'promisedLimit',
				'promised-over-legal',
				t('sheet.promisedOverLegal', {
					promised: first.text('promisedLimit')!,
					legal: first.text('legalLimit')!
				})
			);

		const basis = first.text('basis');
		if (basis) item.guide.legalBasis = lines(basis).map((law) => ({ law }));
		const conditions = first.text('conditions');
		if (conditions) item.guide.conditions = lines(conditions);
		const amount = first.amount('feeAmount');
		if (amount) {
			const feeBasis = first.required('feeBasis');
			item.guide.fees = {
				free: false,
				items: [{ name: first.column('feeAmount'), amount, basis: feeBasis ?? '' }]
			};
		}
		const visits = first.whole('visits');
		if (visits !== undefined) item.guide.visits = visits;
		const phone = first.text('consultPhone');
		if (phone) item.guide.consult = { phones: lines(phone) };
		const result = first.text('resultName');
		if (result) item.guide.result = { ...item.guide.result, name: result };

		// Materials: one per row, or one per line of the 材料名称 cell.
		const materialRows: { r: RowReader; row: number; name: string }[] = [];
		for (const r of group) {
			const rr = reader(r);
			const names = rr.text('material.name');
			if (names === undefined) continue;
			for (const n of mapping.layout === 'material' ? [names] : lines(names))
				materialRows.push({ r: rr, row: r.row, name: n });
		}
		item.materials = materialRows.map((m, i) => material(m.r, m.name, `material${i + 1}`, locale));

		if (errors.length > before) continue;
		// Whatever the cells could not show (text limits, formats) the item validation finds.
		const v = validateItem(item, { locale, today: opts.today });
		for (const p of v.problems) {
			const m = /^\/materials\/(\d+)(\/[^/]+)?/.exec(p.pointer);
			if (m) {
				const at = materialRows[Number(m[1])];
				const field = m[2] === '/name' ? 'material.name' : undefined;
				errors.push({
					row: at?.row ?? group[0].row,
					column: field ? first.column(field) : '',
					code: p.code ?? 'item',
					message: p.message
				});
				continue;
			}
			const e = elementOfPointer(p.pointer);
			errors.push({
				row: group[0].row,
				column: e ? first.column(e) : '',
				code: p.code ?? 'item',
				message: p.message
			});
		}
		if (errors.length > before) continue;
		items.push(item);
		preview.push({
			row: group[0].row,
			code: item.code,
			name: item.name,
			materials: item.materials.length
		});
	}
	errors.sort((a, b) => a.row - b.row);
	return errors.length
		? { ok: false, items: [], preview, errors }
		: { ok: true, items, preview, errors: [] };
}
