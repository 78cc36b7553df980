// The deployment's own rules, as one document: what a province or city decides about checking its
// items. The server stores each change as a new version; the designer, the review desk, the publish
// gate and the command line all check with the same one.
import type { TolerancePolicy } from '../item/policy';
import type { RuleConfig } from '../lint/types';

export interface Settings {
	/** severity per lint rule id; rules not named keep their default */
	rules: RuleConfig;
	/** the strict local profile: the rules some cities add on top of the national standard */
	strictLocal: boolean;
	/** 容缺受理 per risk class */
	policy: TolerancePolicy;
	/** working days to supply a tolerated material, for new items */
	supplementDays: number;
	/** IANA zone every screen shows times in */
	timeZone: string;
}

/** The largest default supplement period an administrator may set, in working days. */
export const MAX_SUPPLEMENT_DAYS = 365;
/** The largest maxMissing a risk class may allow. */
export const MAX_POLICY_MISSING = 50;
