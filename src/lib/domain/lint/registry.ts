// The one list of rules. Order here is the order of the documentation, not of findings.
import { formRules } from './rules/form';
import { guideRules } from './rules/guide';
import { localProfileRules } from './rules/local-profile';
import { materialRules } from './rules/materials';
import { nationalRules } from './rules/national';
import { timeLimitRules } from './rules/time-limits';
import { toleranceRules } from './rules/tolerance';
import type { Rule, RuleMeta } from './types';

export const ALL_RULES: Rule[] = [
	...guideRules,
	...nationalRules,
	...timeLimitRules,
	...materialRules,
	...toleranceRules,
	...formRules,
	...localProfileRules
];

/** Rule descriptions for docs and the UI (no behaviour). */
export const RULES: RuleMeta[] = ALL_RULES.map((r) => ({
	id: r.id,
	family: r.family,
	defaultSeverity: r.defaultSeverity,
	title: r.title,
	description: r.description,
	...(r.profile ? { profile: r.profile } : {})
}));

const byId = new Map(ALL_RULES.map((r) => [r.id, r]));

export function findRule(id: string): Rule | undefined {
	return byId.get(id);
}
