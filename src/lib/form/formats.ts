// The form's single doorway to the identifier and region formats of the domain core. It names the
// modules rather than the formats' index so that a page drawing a form does not load what only
// checkFormat's warnings need (the credit code authorities' names): the identifier input, which
// shows them, imports checkFormat from formats-check.ts.
export {
	addChineseFormats,
	cnAjvFormats,
	formatError,
	isCnFormat,
	normalizeFormatValue
} from '$lib/domain/formats/registry';
export {
	regionChildren,
	regionName,
	regionPath,
	type RegionEntry
} from '$lib/domain/formats/regions';
export type { CnFormat } from '$lib/domain/formats/types';
