// Reading an .xlsx workbook into the plain sheet the domain imports: the first worksheet, its first
// row as headers, every cell flattened to text, number or boolean (formulas give their cached
// result, rich text its text, links their text, dates their YYYY-MM-DD). ExcelJS does the parsing.
import ExcelJS from 'exceljs';
import type { Cell, Sheet, SheetRow } from '../domain/spreadsheet';

function flatten(value: ExcelJS.CellValue): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
		return value;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	if ('formula' in value || 'sharedFormula' in value) {
		const result = (value as ExcelJS.CellFormulaValue).result;
		return result === undefined || (typeof result === 'object' && !(result instanceof Date))
			? null
			: flatten(result);
	}
	if ('hyperlink' in value) return flatten((value as ExcelJS.CellHyperlinkValue).text);
	if ('error' in value) return null;
	return null;
}

/** Thrown when the bytes are not a workbook ExcelJS can read. */
export class UnreadableWorkbook extends Error {}

/** The first worksheet of an .xlsx file as headers and rows of plain values. */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
	return (await readWorkbook(bytes)).sheet;
}

/** Every worksheet's name, and the first one read as `readXlsx` reads it. */
export async function readWorkbook(bytes: Uint8Array): Promise<{ names: string[]; sheet: Sheet }> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (e) {
		throw new UnreadableWorkbook((e as Error).message);
	}
	const names = workbook.worksheets.map((w) => w.name);
	return { names, sheet: firstSheet(workbook) };
}

function firstSheet(workbook: ExcelJS.Workbook): Sheet {
	const ws = workbook.worksheets[0];
	if (!ws) return { headers: [], rows: [] };
	const headerRow = ws.getRow(1);
	const width = ws.columnCount;
	const headers: string[] = [];
	for (let c = 1; c <= width; c++)
		headers.push(String(flatten(headerRow.getCell(c).value) ?? '').trim());
	const rows: SheetRow[] = [];
	ws.eachRow({ includeEmpty: false }, (row, n) => {
		if (n === 1) return;
		const cells: Cell[] = [];
		for (let c = 1; c <= width; c++) cells.push(flatten(row.getCell(c).value));
		rows.push({ row: n, cells });
	});
	return { headers, rows };
}
