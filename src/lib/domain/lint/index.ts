// Standardization lint (编制规范检查): does an item meet the standard? Errors block publishing.
export { lintItem, hasBlockingFindings } from './run';
export { RULES } from './registry';
export { validateRuleConfig, SAMPLE_RULE_CONFIG } from './config';
export { KIND_REQUIREMENTS } from './rules/guide-elements';
export { lintDelta, type LintDelta } from './delta';
export { applyPatch } from './patch';
export type {
	Finding,
	Fix,
	JsonPatchOp,
	LintOptions,
	Profile,
	RuleConfig,
	RuleMeta,
	Severity
} from './types';
