// Importing an office's Excel catalogue over the API, on both engines: a workbook made with ExcelJS
// with broken rows is refused whole with each row and column named; the fixed one previews, then
// creates its 50 drafts in one go; importing it again creates nothing.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BROKEN, MAPPING, goodRows, workbook } from '../fixtures/spreadsheet/catalogue';
import { expectProblem } from './client';
import { makeWorld, type World } from './world';

const servers = inject('servers');

describe.each(servers)('importing an Excel catalogue ($name)', (server) => {
	let w: World;
	let good: string;
	let broken: string;
	let brokenRows: number[];

	const count = async () =>
		(
			await w.api.get(`/api/v1/items?department=${w.deptA}`, {
				token: w.tokens.editorA
			})
		).body.total;
	const post = (file: string, dryRun?: boolean) =>
		w.api.post(
			'/api/v1/items/import-xlsx',
			{ workbook: file, mapping: MAPPING, ...(dryRun !== undefined && { dryRun }) },
			{ token: w.tokens.editorA }
		);

	beforeAll(async () => {
		w = await makeWorld(server.url);
		const department = `测试甲局 ${w.tag}`;
		// every item in the world's department, with codes of its own
		const rows = goodRows(50).map((r) => ({
			...r,
			事项编码: `${w.tag}-${r.事项编码}`,
			...(r.实施主体 && { 实施主体: department })
		}));
		const bad = BROKEN.map((b) => ({
			...b.row,
			...(b.code !== 'department' && { 实施主体: department })
		}));
		brokenRows = BROKEN.map((_, i) => rows.length + 2 + i);
		good = (await workbook(rows)).toString('base64');
		broken = (await workbook([...rows, ...bad])).toString('base64');
	});

	it('refuses a workbook with broken rows, naming each row and column, and creates nothing', async () => {
		const r = await post(broken);
		expectProblem(r, 422);
		expect(r.body.type).toContain('spreadsheet-rows');
		expect(
			r.body.rows.map((e: { row: number; column: string; code: string }) => [
				e.row,
				e.column,
				e.code
			])
		).toEqual(BROKEN.map((b, i) => [brokenRows[i], b.column, b.code]));
		expect(await count()).toBe(0);
	});

	it('previews the fixed workbook, then imports its 50 items as drafts', async () => {
		const preview = await post(good, true);
		expect(preview.status).toBe(200);
		expect(preview.body.created).toBe(false);
		expect(preview.body.items).toHaveLength(50);
		expect(preview.body.items[0]).toEqual({
			row: 2,
			code: `${w.tag}-SX0001`,
			name: '示例事项1',
			materials: 2
		});
		expect(await count()).toBe(0);

		const r = await post(good);
		expect(r.status).toBe(201);
		expect(r.body.items).toHaveLength(50);
		expect(await count()).toBe(50);
		const item = await w.api.get(`/api/v1/items/${w.tag}-SX0004`, { token: w.tokens.editorA });
		expect(item.body.status).toBe('draft');
		expect(item.body.document.materials).toHaveLength(3);
	});

	it('refuses the same workbook again, every code already taken', async () => {
		const r = await post(good);
		expectProblem(r, 422);
		expect(r.body.rows).toHaveLength(50);
		expect(r.body.rows[0]).toMatchObject({ row: 2, column: '事项编码', code: 'exists' });
		expect(await count()).toBe(50);
	});

	it('says a file that is not a workbook is unreadable', async () => {
		const r = await post(Buffer.from('hello').toString('base64'));
		expectProblem(r, 422);
		expect(r.body.type).toContain('unreadable-workbook');
	});
});
