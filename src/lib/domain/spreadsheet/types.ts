// A spreadsheet as the importer sees it: plain cell values under a header row, each row keeping the
// number it has in the workbook so every error can be located where the office will look for it.
// Reading the workbook file (.xlsx) happens at the edge; this module never touches bytes.

/** A cell's value after the edge has flattened formulas, rich text and links. */
export type Cell = string | number | boolean | null;

export interface SheetRow {
	/** the row's number in the workbook (1-based, the header is usually row 1) */
	row: number;
	/** cell values, in the order of `Sheet.headers` */
	cells: Cell[];
}

export interface Sheet {
	headers: string[];
	rows: SheetRow[];
}

/** The elements a column can fill. Material elements apply to the row's material. */
export const ELEMENTS = [
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
	'resultName',
	'material.name',
	'material.necessity',
	'material.essential',
	'material.originals',
	'material.copies'
] as const;

export type Element = (typeof ELEMENTS)[number];

/**
 * A saved mapping: which column fills which element, and whether a row is one item (materials
 * listed in one cell, one per line) or one material (rows grouped into items by 事项编码).
 */
export interface Mapping {
	layout: 'item' | 'material';
	/** column header → element; columns not named here are ignored */
	columns: Record<string, Element>;
}

/** One thing wrong with the spreadsheet, where the office will find it. */
export interface RowError {
	/** the row's number in the workbook; 0 for the header row or the mapping */
	row: number;
	/** the column's header as written in the sheet ('' when the row as a whole is wrong) */
	column: string;
	message: string;
	/** machine-readable reason */
	code: string;
}

/** A department the import may name, by 实施主体 name. */
export interface KnownDepartment {
	name: string;
	creditCode: string;
}
