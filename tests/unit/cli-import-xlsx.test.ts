// `banshi import-xlsx` on real workbooks made with ExcelJS: 50 items import as drafts, a workbook
// with broken rows imports nothing and names each broken row and column.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { validateItem } from '../../src/lib/domain/item';
import {
	BROKEN,
	DEPARTMENTS,
	MAPPING,
	goodRows,
	workbook
} from '../fixtures/spreadsheet/catalogue';

let dir: string;
let good: string;
let broken: string;
let brokenRows: number[];

async function run(args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(
		args,
		{ out: (t) => out.push(t), err: (t) => err.push(t) },
		{ cwd: dir, env: {} }
	);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'banshi-xlsx-'));
	const rows = goodRows(50);
	writeFileSync(join(dir, 'catalogue.xlsx'), await workbook(rows));
	// broken items after the good ones: the first data row is row 2
	brokenRows = BROKEN.map((_, i) => rows.length + 2 + i);
	writeFileSync(join(dir, 'broken.xlsx'), await workbook([...rows, ...BROKEN.map((b) => b.row)]));
	writeFileSync(join(dir, 'mapping.json'), JSON.stringify(MAPPING));
	writeFileSync(join(dir, 'departments.json'), JSON.stringify(DEPARTMENTS));
	good = 'catalogue.xlsx';
	broken = 'broken.xlsx';
});

const common = ['--mapping', 'mapping.json', '--departments', 'departments.json'];

describe('banshi import-xlsx', () => {
	it('rejects broken rows with their row and column, and writes nothing', async () => {
		const r = await run(['import-xlsx', broken, ...common, '-o', 'rejected', '--format', 'json']);
		expect(r.code).toBe(1);
		const report = JSON.parse(r.out);
		expect(report.ok).toBe(false);
		expect(
			report.errors.map((e: { row: number; column: string; code: string }) => [
				e.row,
				e.column,
				e.code
			])
		).toEqual(BROKEN.map((b, i) => [brokenRows[i], b.column, b.code]));
		expect(() => readdirSync(join(dir, 'rejected'))).toThrow();
	});

	it('says where each error is in the text report, in English on request', async () => {
		const r = await run(['import-xlsx', broken, ...common, '--lang', 'en']);
		expect(r.code).toBe(1);
		expect(r.err).toContain(
			`broken.xlsx: row ${brokenRows[2]} 实施主体: “市不存在局” is not a registered implementing department`
		);
		expect(r.err).toContain('5 errors, no item imported');
	});

	it('previews without writing, then imports 50 valid drafts with their materials', async () => {
		const preview = await run(['import-xlsx', good, ...common]);
		expect(preview.code).toBe(0);
		expect(preview.out).toContain('第 2 行：SX0001 示例事项1（2 份材料）');
		expect(preview.out).toContain('50 个事项可以导入');

		const r = await run(['import-xlsx', good, ...common, '-o', 'drafts']);
		expect(r.code).toBe(0);
		const files = readdirSync(join(dir, 'drafts')).sort();
		expect(files).toHaveLength(50);
		for (const f of files) {
			const item = JSON.parse(readFileSync(join(dir, 'drafts', f), 'utf8'));
			expect(validateItem(item).problems).toEqual([]);
		}
		const fourth = JSON.parse(readFileSync(join(dir, 'drafts', 'SX0004.json'), 'utf8'));
		expect(fourth).toMatchObject({ name: '示例事项4', kind: 'public-service' });
		expect(
			fourth.materials.map((m: { name: string; necessity: string }) => [m.name, m.necessity])
		).toEqual([
			['申请书', 'required'],
			['身份证明', 'required'],
			['场所证明', 'tolerable']
		]);
		const fifth = JSON.parse(readFileSync(join(dir, 'drafts', 'SX0005.json'), 'utf8'));
		expect(fifth.guide.fees).toEqual({
			free: false,
			items: [{ name: '收费金额', amount: 120, basis: '《示例收费办法》' }]
		});
	});

	it('recognises the common headers without a mapping and saves the mapping it used', async () => {
		const r = await run([
			'import-xlsx',
			good,
			'--layout',
			'material',
			'--save-mapping',
			'saved.json'
		]);
		expect(r.code).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'saved.json'), 'utf8'))).toEqual(MAPPING);
	});

	it('imports the shipped sample catalogue and rejects the shipped broken one', async () => {
		const samples = join(process.cwd(), 'tests/fixtures/spreadsheet');
		const args = [
			'--mapping',
			join(samples, 'sample-mapping.json'),
			'--departments',
			'departments.json'
		];
		const ok = await run(['import-xlsx', join(samples, 'sample-catalogue.xlsx'), ...args]);
		expect(ok.code).toBe(0);
		expect(ok.out).toContain('50 个事项可以导入');
		const bad = await run(['import-xlsx', join(samples, 'sample-broken.xlsx'), ...args]);
		expect(bad.code).toBe(1);
		expect(bad.err).toContain(`第 ${brokenRows[0]} 行 事项名称：必填，不能为空`);
	});

	it('exits 2 on a file that is not a workbook', async () => {
		writeFileSync(join(dir, 'not.xlsx'), 'hello');
		const r = await run(['import-xlsx', 'not.xlsx']);
		expect(r.code).toBe(2);
		expect(r.err).toContain('not.xlsx');
	});
});
