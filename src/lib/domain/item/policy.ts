// The tolerance policy per risk class is a deployment decision (a province or city sets it), so it is
// data passed to compile and lint, not constants scattered through the code.
import type { RiskClass } from './types';

export interface RiskClassPolicy {
	/** whether 容缺受理 may be enabled for items of this class */
	toleranceAllowed: boolean;
	/** the largest maxMissing allowed; also the default for new items */
	maxMissing: number;
}

export interface TolerancePolicy {
	classes: Record<RiskClass, RiskClassPolicy>;
	/** 即办件 are decided on the spot: tolerance makes no sense for them */
	immediateCasesTolerate: boolean;
}

export const DEFAULT_POLICY: TolerancePolicy = {
	classes: {
		control: { toleranceAllowed: false, maxMissing: 0 },
		cautious: { toleranceAllowed: true, maxMissing: 1 },
		encouraged: { toleranceAllowed: true, maxMissing: 3 }
	},
	immediateCasesTolerate: false
};
