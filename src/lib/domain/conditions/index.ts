// Public API of conditions: build, compile to JSON Schema, read back, evaluate; field rules.
export * from './types';
export { compileCondition, conditionFieldsOf, escapePattern, nestUnder } from './compile';
export { readCondition } from './read';
export {
	viewCondition,
	writeCondition,
	type ConditionMode,
	type ConditionView
} from './applicability';
export { conditionHolds, jsonEqual } from './evaluate';
export { datePattern, readDatePattern, ISO_DATE } from './date-pattern';
export {
	compileFieldRule,
	listFieldRules,
	objectAt,
	readFieldRule,
	ruleLevel,
	rulesFor,
	setFieldRule,
	type FieldRule,
	type PlacedRule
} from './rules';
export {
	CROSS_FIELD_KINDS,
	RULES_KEYWORD,
	checkCrossFieldRules,
	crossFieldProblems,
	crossFieldRules,
	crossFieldSources,
	readCrossFieldRule,
	type CrossFieldRule
} from './cross-field';
export { conditionMessages } from './messages';
export { describeCondition, type DescribeOptions } from './describe';
