export type { CnFormat, FormatCheck, FormatOptions } from './types';
export {
	CN_FORMATS,
	addChineseFormats,
	cnAjvFormats,
	formatError,
	isCnFormat,
	normalizeFormatValue
} from './registry';
export { checkFormat } from './check';
export { checkIdCard, idCardCheckChar, isValidIdCard } from './id-card';
export {
	USCC_AUTHORITIES,
	checkUscc,
	describeUscc,
	isValidUscc,
	orgCodeCheckChar,
	usccCheckChar,
	type UsccInfo
} from './uscc';
export { checkMobile, checkServicePhone, type ServicePhoneCheck } from './phone';
export { checkPostcode } from './postcode';
export {
	checkRegion,
	addRegions,
	regionChildren,
	regionDataInfo,
	regionLevel,
	regionName,
	regionPath,
	resetRegionData,
	setRegionData,
	validateRegionData,
	type RegionData,
	type RegionEntry,
	type RegionLevel
} from './regions';
