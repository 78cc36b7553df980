// An editor imports a catalogue kept in Excel from the designer: the workbook (made here with ExcelJS)
// names one column in its own words, so the editor maps it; the broken rows are refused with each
// row and column named and nothing is created; the corrected workbook, with the mapping offered
// again, previews its 50 items and creates them all as drafts. The mapping that passed the check is
// saved for a department: a colleague of it, on a browser that never saw the workbook, is offered
// it with who saved it and when.
import ExcelJS from 'exceljs';
import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN, HEADERS, goodRows } from '../fixtures/spreadsheet/catalogue';
import { launch, newContext } from './browser';
import { serverItem } from '../designer/e2e';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

type Row = Record<string, string | number | undefined>;
/** The office's own word for 事项名称, which no default mapping knows. */
const NAME = '名称';

/** A workbook with the catalogue on its first sheet (事项名称 headed `名称`) and a notes sheet. */
async function xlsx(rows: Row[]) {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('事项目录');
	ws.addRow(HEADERS.map((h) => (h === '事项名称' ? NAME : h)));
	for (const r of rows) ws.addRow(HEADERS.map((h) => r[h] ?? null));
	wb.addWorksheet('说明').addRow(['每个材料一行']);
	return {
		name: 'catalogue.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: Buffer.from(await wb.xlsx.writeBuffer())
	};
}

/** The name of a department the signed-in editor creates items in, as the import looks it up. */
async function ownDepartment(request: APIRequestContext): Promise<string> {
	const me = await (await request.get('/api/v1/me')).json();
	const { departments } = await (await request.get('/api/v1/departments')).json();
	const own = departments.find(
		(d: { code: string; creditCode: string | null }) =>
			me.user.departments.includes(d.code) && d.creditCode
	);
	expect(own).toBeDefined();
	return own.name;
}

async function countOf(request: APIRequestContext, q: string): Promise<number> {
	const r = await request.get(`/api/v1/items?q=${encodeURIComponent(q)}`);
	return (await r.json()).total;
}

describe('designer: import a catalogue from Excel', () => {
	it(
		'maps a column, refuses broken rows with their places, imports 50 items',
		{ timeout: 180_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });
			const department = await ownDepartment(context.request);
			const colleague = await newContext(browser, { user: 'editor2' });
			const shared = (await (await colleague.context.request.get('/api/v1/me')).json()).user
				.departments[0];
			const tag = `XE${String(Date.now() % 1e8)}`;
			const good: Row[] = goodRows(50).map((r) => ({
				...r,
				事项编码: `${tag}-${r.事项编码}`,
				...(r.事项名称 && { 事项名称: `${r.事项名称}（${tag}）` }),
				...(r.实施主体 && { 实施主体: department })
			}));
			const bad: Row[] = BROKEN.map((b) => ({
				...b.row,
				事项编码: `${tag}-${b.row.事项编码}`,
				...(b.code !== 'department' && { 实施主体: department })
			}));
			const badRows = BROKEN.map((_, i) => good.length + 2 + i);

			await page.goto('/designer');
			await page.getByRole('link', { name: '从 Excel 导入' }).click();
			await page.waitForURL('**/designer/import/xlsx');
			await page.getByLabel('Excel 工作簿').setInputFiles(await xlsx([...good, ...bad]));

			// the sheets and columns, with the common headers already mapped and the unknown one not
			const mapping = page.getByRole('table', { name: '列与要素的对应' });
			await expect.poll(() => mapping.isVisible()).toBe(true);
			await expect.poll(() => page.getByText('工作表：事项目录、说明').isVisible()).toBe(true);
			const nameColumn = page.getByLabel(`“${NAME}”列对应的要素`);
			expect(await nameColumn.inputValue()).toBe('');
			expect(await page.getByLabel('“事项编码”列对应的要素').inputValue()).toBe('code');
			await nameColumn.selectOption({ label: '事项名称' });
			await page.getByLabel('每行是').selectOption('material');

			await page.getByRole('button', { name: '检查并预览' }).click();
			const alert = page.getByRole('alert');
			await expect.poll(() => alert.textContent()).toContain('未导入任何事项');
			const errors = page.getByRole('table', { name: /^错误：/ });
			for (const [i, b] of BROKEN.entries()) {
				const row = errors.getByRole('row').filter({
					has: page.getByRole('rowheader', { name: String(badRows[i]), exact: true })
				});
				const text = await row.textContent();
				expect(text, b.code).toContain(b.column === '事项名称' ? NAME : b.column);
			}
			// each row with errors is linked from the summary to its place in the table
			await alert.getByRole('link', { name: `第 ${badRows[0]} 行（1 处）` }).click();
			expect(page.url()).toMatch(/#xlsx-error-0$/);
			expect(await countOf(context.request, tag)).toBe(0);
			expect(await page.getByRole('button', { name: '全部导入为草稿' }).count()).toBe(0);

			// the corrected workbook: the mapping chosen above is offered again, even after a reload
			await page.reload();
			await page.getByLabel('Excel 工作簿').setInputFiles(await xlsx(good));
			await expect
				.poll(() => page.getByText('已套用上次为相同表头保存的对应关系').isVisible())
				.toBe(true);
			expect(await page.getByLabel(`“${NAME}”列对应的要素`).inputValue()).toBe('name');
			expect(await page.getByLabel('每行是').inputValue()).toBe('material');
			// an editor of several departments says which one the mapping is saved for
			await page.getByLabel('对应关系保存到部门').selectOption(shared);

			await page.getByRole('button', { name: '检查并预览' }).click();
			const preview = page.getByRole('table', { name: '预览：将新建 50 个草稿' });
			await expect.poll(() => preview.isVisible()).toBe(true);
			const fourth = preview.getByRole('row').filter({ hasText: `${tag}-SX0004` });
			expect(await fourth.textContent()).toContain(`示例事项4（${tag}）`);
			expect(await countOf(context.request, tag)).toBe(0);

			await page.getByRole('button', { name: '全部导入为草稿' }).click();
			await expect.poll(() => page.getByText('已导入 50 个事项。').isVisible()).toBe(true);
			expect(await countOf(context.request, tag)).toBe(50);
			const item = await serverItem(context.request, `${tag}-SX0004`);
			expect(item.status).toBe('draft');
			expect(item.document.name).toBe(`示例事项4（${tag}）`);
			// one row per material: the fourth item has its three materials
			expect((item.document as unknown as { materials: unknown[] }).materials).toHaveLength(3);
			await expect.poll(() => page.getByText('对应关系已保存到部门').isVisible()).toBe(true);
			await context.close();

			// a colleague of that department, in a browser of their own, is offered the mapping
			const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
				new Date()
			);
			const [, month, day] = today.split('-').map(Number);
			const other = colleague.page;
			await other.goto('/designer/import/xlsx');
			await other.getByLabel('Excel 工作簿').setInputFiles(await xlsx(good));
			await expect
				.poll(() =>
					other.getByText(`已套用本部门 演示编辑 于 ${month}月${day}日 保存的对应关系`).isVisible()
				)
				.toBe(true);
			expect(await other.getByLabel(`“${NAME}”列对应的要素`).inputValue()).toBe('name');
			expect(await other.getByLabel('每行是').inputValue()).toBe('material');
			expect(await other.getByLabel('对应关系保存到部门').count()).toBe(0);
			await colleague.context.close();
		}
	);
});
