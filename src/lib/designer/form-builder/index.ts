// The visual form builder (申请表单 tab of the designer) and its pure form operations.
export { default as FormBuilder } from './FormBuilder.svelte';
export {
	addField,
	checkKey,
	conditionSources,
	duplicateField,
	fieldTree,
	FormOpError,
	getEntry,
	moveField,
	position,
	removeField,
	renameKey,
	setVisibilityCondition,
	type Condition,
	type ConditionSource,
	type FieldNode,
	type Form,
	type Path
} from './ops';
export {
	checkOptions,
	parseConstraints,
	readField,
	setFieldProps,
	type FieldInfo,
	type FieldPatch,
	type OptionItem
} from './props';
export { PALETTE, detectKind, newField, type FieldKind, type PaletteKind } from './kinds';
export { builderMessages, builderTranslator, kindLabel, type BuilderT } from './messages';
