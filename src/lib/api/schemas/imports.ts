// Importing a catalogue kept in Excel (issue 16, part 3): the workbook travels base64-encoded in a
// JSON body with its column mapping; the answer previews (dryRun) or lists the drafts created.
import Type, { type Static } from 'typebox';
import { ELEMENTS } from '../../domain/spreadsheet/types';
import { Closed, Nullable, Timestamp } from './common';

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

/** The header row of a workbook, as the mapping endpoints name it. */
const HeaderRow = Type.Array(Type.String({ maxLength: 1000 }), {
	minItems: 1,
	maxItems: 1000,
	description: "the sheet's headers, in order"
});

export const XlsxMappingQuery = Closed({
	/** a hash, not the headers: a wide sheet's header row outgrows a URL */
	hash: Type.String({
		pattern: '^[0-9a-f]{64}$',
		description:
			"SHA-256 (lowercase hex) of the UTF-8 JSON array of the sheet's headers, in order (the domain's headerRowHash)"
	}),
	department: Type.Optional(
		Type.String({
			minLength: 1,
			maxLength: 64,
			description:
				'department code; left out, every department the caller imports for is searched (never 422)'
		})
	)
});

export const SaveXlsxMapping = Closed({
	headers: HeaderRow,
	/** every column it names is one of `headers`, and it maps 事项编码 and 事项名称 */
	mapping: SpreadsheetMapping,
	department: Type.Optional(
		Type.String({
			minLength: 1,
			maxLength: 64,
			description:
				"department code; left out, the editor's only department (422 department-required for an editor of several)"
		})
	)
});

/** The mapping a department saved last for a header row, with who saved it and when. */
export const SavedXlsxMapping = Closed({
	department: Type.String(),
	headers: HeaderRow,
	mapping: SpreadsheetMapping,
	/** the display name of the editor who saved it */
	savedBy: Type.String(),
	savedAt: Timestamp
});

export const XlsxMappingAnswer = Closed({
	/** null: nobody in the department saved one for this header row */
	saved: Nullable(SavedXlsxMapping)
});

export type ImportXlsx = Static<typeof ImportXlsx>;
export type ImportXlsxResult = Static<typeof ImportXlsxResult>;
export type XlsxColumns = Static<typeof XlsxColumns>;
export type SaveXlsxMapping = Static<typeof SaveXlsxMapping>;
export type SavedXlsxMapping = Static<typeof SavedXlsxMapping>;
export type XlsxMappingAnswer = Static<typeof XlsxMappingAnswer>;
