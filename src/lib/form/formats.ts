// The form's single doorway to the identifier and region formats of the domain core.
export {
	addChineseFormats,
	checkFormat,
	cnAjvFormats,
	formatError,
	isCnFormat,
	normalizeFormatValue,
	regionChildren,
	regionName,
	regionPath,
	type CnFormat,
	type RegionEntry
} from '$lib/domain/formats';
