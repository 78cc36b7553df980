// Public API of the item document module.
export * from './types';
export { DEFAULT_POLICY, type RiskClassPolicy, type TolerancePolicy } from './policy';
export { listFormFields, findField, type FormField } from './fields';
export { ITEM_SCHEMA_ID, itemSchema } from './item-schema';
export { ENUMS, label, enumValues, type LabelEnum } from './labels';
export * from './codes';
export { checkItemCode, type CodeProfile, type CodeCheck } from './code';
export { DEFAULT_LIMITS, type Limits } from './limits';
export { validateItem, type ValidateOptions, type ValidationResult } from './validate';
export { parseItemJson, findJsonSyntaxError, lineColumn, type ParseResult } from './parse';
export { newItem, PLACEHOLDER, PLACEHOLDER_CREDIT_CODE } from './new-item';
export { checkRefs } from './refs';
export { conditionReferences, checkConditionFields } from './conditions';
export { checkEmbeddedSchema, SCHEMA_KEYWORDS } from './form-schema';
export {
	FILE_TYPE_CHOICES,
	FILE_TYPE_MEDIA,
	fileTypeLabel,
	parseMediaTypeList,
	readFileTypes,
	toggleFileType,
	writeFileTypes,
	type FileTypeChoice,
	type FileTypeSelection
} from './file-types';
