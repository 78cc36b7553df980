// Importing a catalogue kept in Excel as drafts: the workbook is read here (ExcelJS, at the edge),
// mapped, converted and checked row by row in the domain (src/lib/domain/spreadsheet), and the
// drafts are created in one transaction — every item of the sheet or, on any error, none.
import { defaultMapping, importSheet, type Mapping, type RowError } from '../../domain/spreadsheet';
import { readWorkbook, UnreadableWorkbook } from '../../spreadsheet/read-xlsx';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { listDepartments } from '../db/departments';
import { getItemByCode } from '../db/items';
import { invalid, m, render } from '../errors';
import type { ServiceContext } from './context';
import { storeNewItem } from './store-item';

export interface ImportInput {
	/** the .xlsx file, base64 */
	workbook: string;
	mapping?: Mapping;
	dryRun?: boolean;
}

export interface ImportAnswer {
	created: boolean;
	items: { row: number; code: string; name: string; materials: number }[];
}

function rejected(rows: RowError[]) {
	return invalid('spreadsheet-rows', {
		detail: m('server.import.rejected', { count: rows.length }),
		errors: [
			{ pointer: '/workbook', message: m('server.import.rejected', { count: rows.length }) }
		],
		extensions: { rows }
	});
}

export interface XlsxColumns {
	sheets: string[];
	headers: string[];
	rows: number;
	mapping: Mapping;
}

async function read(workbook: string) {
	try {
		return await readWorkbook(Buffer.from(workbook, 'base64'));
	} catch (e) {
		if (!(e instanceof UnreadableWorkbook)) throw e;
		throw invalid('unreadable-workbook', {
			detail: m('server.import.unreadable', { reason: e.message }),
			errors: [{ pointer: '/workbook', message: e.message }]
		});
	}
}

export class ImportService {
	constructor(private readonly c: ServiceContext) {}

	/** The workbook's sheets, the imported sheet's columns and the mapping its headers suggest. */
	async xlsxColumns(actor: Actor | null, input: { workbook: string }): Promise<XlsxColumns> {
		authorize(signedIn(actor), 'create');
		const { names, sheet } = await read(input.workbook);
		return {
			sheets: names,
			headers: sheet.headers,
			rows: sheet.rows.length,
			mapping: defaultMapping(sheet.headers)
		};
	}

	async xlsx(actor: Actor | null, input: ImportInput): Promise<ImportAnswer> {
		const user = signedIn(actor);
		authorize(user, 'create');
		const { db, locale } = this.c;
		const { sheet } = await read(input.workbook);
		const departments = (await listDepartments(db)).filter((d) => d.creditCode);
		const known = departments.map((d) => ({ name: d.name, creditCode: d.creditCode! }));
		const mapping = input.mapping ?? defaultMapping(sheet.headers);
		const result = importSheet(sheet, mapping, { locale, departments: known });
		if (!result.ok) throw rejected(result.errors);

		const codeOf = new Map(departments.map((d) => [d.creditCode, d.code]));
		const department = (creditCode: string) =>
			codeOf.get(creditCode) ?? (user.departments.length === 1 ? user.departments[0] : '');
		// Who may create where is decided before anything is written, for every item of the sheet.
		for (const item of result.items)
			authorize(user, 'create', { department: department(item.department.creditCode) });

		await db.transaction().execute(async (tx) => {
			const taken: RowError[] = [];
			for (const [i, item] of result.items.entries()) {
				if (await getItemByCode(tx, item.code))
					taken.push({
						row: result.preview[i].row,
						column: Object.keys(mapping.columns).find((h) => mapping.columns[h] === 'code') ?? '',
						code: 'exists',
						message: render(m('server.import.exists', { code: item.code }), locale)
					});
			}
			if (taken.length) throw rejected(taken);
			if (input.dryRun) return;
			for (const item of result.items) {
				await storeNewItem(tx, user, item, department(item.department.creditCode), {
					import: 'xlsx'
				});
			}
		});
		return { created: !input.dryRun, items: result.preview };
	}
}
