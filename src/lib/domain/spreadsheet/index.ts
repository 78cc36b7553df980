// Importing catalogues kept as spreadsheets: mappings, and rows → items with located errors.
export * from './types';
export {
	COMMON_HEADERS,
	defaultMapping,
	checkMapping,
	parseMapping,
	headerRowKey,
	headerRowHash
} from './mapping';
export { importSheet, type ImportOptions, type ImportResult, type PreviewLine } from './convert';
export { spreadsheetMessages } from './messages';
