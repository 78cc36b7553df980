// 一件事 (one-thing): several items applied for with one form and decided with one verdict.
export * from './types';
export * from './vocabulary';
export { vocabularyMessages } from './vocabulary.messages';
export { oneThingMessages } from './messages';
export {
	compileOneThing,
	serializeOneThingBundle,
	oneThingSchemaId,
	ownMaterialId,
	SHARED_SECTION,
	type CompileOneThingOptions,
	type EffectiveMapping,
	type MemberBundle,
	type OneThingCompilation
} from './compile';
export { memberFields, type MemberField } from './fields';
export { memberConditionFields } from './condition-fields';
export {
	mergeSubmissions,
	memberOf,
	sliceForm,
	sliceSubmission,
	UnknownMemberError
} from './slice';
export { decideOneThing, memberApplies, strictest, type DecideOneThingOptions } from './decide';
export { validateOneThing, type OneThingValidation } from './validate';
export { oneThingSchema, ONETHING_SCHEMA_ID } from './schema';
export { suggestSharedFields, type SharedFieldSuggestion } from './suggest';
export { lintOneThing, ONETHING_RULES, type LintOneThingOptions } from './lint';
export {
	diffOneThings,
	type DiffOneThingsOptions,
	type OneThingChange,
	type OneThingDiffGroup,
	type OneThingDiffReport
} from './diff';
export { oneThingDiffMessages } from './diff.messages';
