import { describe, expect, it } from 'vitest';
import { defaultMapping, importSheet, type Cell, type Sheet } from '.';

const HEADERS = [
	'事项编码',
	'事项名称',
	'实施主体',
	'法定办结时限',
	'承诺办结时限',
	'设定依据',
	'材料名称'
];
const DEPARTMENTS = [{ name: '市市场监督管理局', creditCode: '11110000000000000N' }];

function sheet(rows: Cell[][], headers = HEADERS): Sheet {
	return { headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

const good = (n: number): Cell[] => [
	`ITEM${n}`,
	`食品经营许可${n}`,
	'市市场监督管理局',
	20,
	'10个工作日',
	'《食品安全法》第三十五条',
	'申请书\n营业执照'
];

describe('importing a spreadsheet', () => {
	it('turns each row into an item with its limits, basis and materials', () => {
		const s = sheet([good(1), good(2)]);
		const r = importSheet(s, defaultMapping(s.headers), { departments: DEPARTMENTS });
		expect(r.errors).toEqual([]);
		expect(r.items).toHaveLength(2);
		const item = r.items[0];
		expect(item.name).toBe('食品经营许可1');
		expect(item.department.creditCode).toBe('11110000000000000N');
		expect(item.guide.promisedTimeLimit).toEqual({ value: 10, unit: 'workday' });
		expect(item.guide.legalBasis).toEqual([{ law: '《食品安全法》第三十五条' }]);
		expect(item.materials.map((m) => m.name)).toEqual(['申请书', '营业执照']);
	});

	it('groups material rows by item code', () => {
		const headers = ['事项编码', '事项名称', '材料名称', '必要性', '复印件份数'];
		const s = sheet(
			[
				['A1', '事项甲', '申请书', '必要', 1],
				['A1', '', '身份证', '容缺后补', 2],
				['B2', '事项乙', '申请书', '', '']
			],
			headers
		);
		const r = importSheet(s, defaultMapping(headers, 'material'));
		expect(r.ok).toBe(true);
		expect(r.items.map((i) => i.materials.length)).toEqual([2, 1]);
		expect(r.items[0].materials[1]).toMatchObject({
			name: '身份证',
			necessity: 'tolerable',
			copies: 2
		});
	});

	it('imports nothing and locates every broken row and column', () => {
		const s = sheet([
			good(1),
			['ITEM2', '', '市市场监督管理局', 20, 10, '', ''],
			['ITEM3', '事项三', '市市场监督管理局', 10, 15, '', ''],
			['ITEM4', '事项四', '不存在的局', 10, 5, '', ''],
			['ITEM5', '事项五', '市市场监督管理局', '二十天', 5, '', ''],
			good(1)
		]);
		const r = importSheet(s, defaultMapping(s.headers), { departments: DEPARTMENTS, locale: 'en' });
		expect(r.ok).toBe(false);
		expect(r.items).toEqual([]);
		expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
			[3, '事项名称', 'required'],
			[4, '承诺办结时限', 'promised-over-legal'],
			[5, '实施主体', 'department'],
			[6, '法定办结时限', 'limit'],
			[7, '事项编码', 'duplicate']
		]);
		expect(r.errors[0].message).toBe('Required, must not be empty');
	});

	it('reports a mapping that names a column the sheet lacks', () => {
		const s = sheet([good(1)]);
		const r = importSheet(s, { layout: 'item', columns: { 编码: 'code', 事项名称: 'name' } });
		expect(r.errors).toMatchObject([
			{ row: 0, column: '编码', code: 'mapping-column' },
			{ row: 0, column: '', code: 'mapping-required' }
		]);
	});
});
