// Import of 1,000 spreadsheet rows (one row per material, about 445 items): reading the .xlsx with
// ExcelJS, then mapping, converting and validating every row in the domain. The reference in the
// same run is JSON.parse of the same rows as JSON, what any import of this data pays at least.
import { defaultMapping, importSheet } from '../src/lib/domain/spreadsheet';
import { readXlsx } from '../src/lib/spreadsheet/read-xlsx';
import { DEPARTMENTS, goodRows, workbook } from '../tests/fixtures/spreadsheet/catalogue';
import { median } from './measure.js';

const ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 1000);
const RUNS = 7;
const r1 = (x: number) => Math.round(x * 10) / 10;

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Median ms of each function, measured interleaved so a slow phase of the machine hits all alike. */
async function interleaved<K extends string>(
	fns: Record<K, () => unknown>
): Promise<Record<K, number>> {
	const samples = Object.fromEntries(Object.keys(fns).map((k) => [k, [] as number[]])) as Record<
		K,
		number[]
	>;
	for (let i = 0; i < RUNS + 2; i++) {
		for (const k of Object.keys(fns) as K[]) {
			const t0 = performance.now();
			await fns[k]();
			if (i > 1) samples[k].push(performance.now() - t0);
		}
	}
	return Object.fromEntries(
		Object.entries(samples).map(([k, v]) => [k, r2(median(v as number[]))])
	) as Record<K, number>;
}

const rows = goodRows(Math.ceil(ROWS / 2)).slice(0, ROWS);
const bytes = await workbook(rows);
const sheet = await readXlsx(bytes);
const json = JSON.stringify(sheet);
const mapping = defaultMapping(sheet.headers, 'material');

const ms = await interleaved({
	whole: async () => importSheet(await readXlsx(bytes), mapping, { departments: DEPARTMENTS }),
	read: () => readXlsx(bytes),
	convert: () => importSheet(sheet, mapping, { departments: DEPARTMENTS }),
	jsonParse: () => JSON.parse(json) as unknown
});
const result = importSheet(sheet, mapping, { departments: DEPARTMENTS });
if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));

console.log(
	JSON.stringify({
		rows: sheet.rows.length,
		items: result.items.length,
		workbookKB: Math.round(bytes.length / 1024),
		importMs: r1(ms.whole),
		readXlsxMs: r1(ms.read),
		convertMs: r1(ms.convert),
		rowsPerSec: Math.round(sheet.rows.length / (ms.whole / 1000)),
		jsonParseMs: ms.jsonParse,
		importVsJsonParse: Math.round(ms.whole / ms.jsonParse)
	})
);
