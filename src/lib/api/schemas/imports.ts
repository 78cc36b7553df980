// Importing a catalogue kept in Excel (issue 16, part 3): the workbook travels base64-encoded in a
// JSON body with its column mapping; the answer previews (dryRun) or lists the drafts created.
import Type, { type Static } from 'typebox';
import { ELEMENTS } from '../../domain/spreadsheet/types';
import { Closed } from './common';

export const SpreadsheetMapping = Closed({
	layout: Type.Enum(['item', 'material']),
	/** column header → element */
	columns: Type.Record(Type.String({ minLength: 1, maxLength: 200 }), Type.Enum([...ELEMENTS]))
});

export const ImportXlsx = Closed({
	/** the .xlsx file, base64 */
	workbook: Type.String({ minLength: 1, description: 'the .xlsx file, base64' }),
	/** absent: the common headers (事项编码, 事项名称, …) are recognised, one row per item */
	mapping: Type.Optional(SpreadsheetMapping),
	/** true: check every row and answer the preview, create nothing */
	dryRun: Type.Optional(Type.Boolean())
});

export const ImportPreviewLine = Closed({
	row: Type.Integer({ minimum: 1 }),
	code: Type.String(),
	name: Type.String(),
	materials: Type.Integer({ minimum: 0 })
});

export const ImportXlsxResult = Closed({
	/** false for a dry run */
	created: Type.Boolean(),
	items: Type.Array(ImportPreviewLine)
});

/** One located error of a rejected spreadsheet (the `rows` extension of the 422 problem). */
export { SpreadsheetRowError } from './common';

export const InspectXlsx = Closed({
	/** the .xlsx file, base64 */
	workbook: Type.String({ minLength: 1, description: 'the .xlsx file, base64' })
});

export const XlsxColumns = Closed({
	/** every worksheet's name, in workbook order; the first is the one imported */
	sheets: Type.Array(Type.String()),
	/** the imported sheet's header row */
	headers: Type.Array(Type.String()),
	/** data rows below the header */
	rows: Type.Integer({ minimum: 0 }),
	/** the mapping the common headers suggest */
	mapping: SpreadsheetMapping
});

export type ImportXlsx = Static<typeof ImportXlsx>;
export type ImportXlsxResult = Static<typeof ImportXlsxResult>;
export type XlsxColumns = Static<typeof XlsxColumns>;
