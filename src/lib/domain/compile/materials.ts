// Which materials are asked for, needed and tolerable. Compile and acceptance both read these rules
// from here so that the schemas and the decision's explanation cannot disagree.
import type { Item, Material, Tolerance } from '../item/types';
import { DEFAULT_POLICY, type TolerancePolicy } from '../item/policy';

type MaterialLike = Pick<Material, 'id' | 'necessity' | 'essential' | 'sharedExempt'>;

/** Asked for in the form at all: shared-data-exempt materials are fetched by the department. */
export function isAsked(m: MaterialLike): boolean {
	return !m.sharedExempt;
}

/** Needed for a complete case (when its condition, if any, holds). */
export function isNeeded(m: MaterialLike): boolean {
	return isAsked(m) && (m.necessity !== 'optional' || m.essential);
}

/** May be missing under 容缺受理: never an essential material (要件). */
export function isTolerable(m: MaterialLike): boolean {
	return isNeeded(m) && m.necessity === 'tolerable' && !m.essential;
}

export type ToleranceInForce = Tolerance & { allowed: boolean; tolerableIds: string[] };

/**
 * Tolerance after the deployment's risk policy: the class may forbid it, 即办件 may be excluded, and
 * `maxMissing` is clamped to the class maximum. Tolerance with nothing that may be missing is off.
 */
export function toleranceInForce(
	item: Pick<Item, 'riskClass' | 'caseType' | 'materials' | 'tolerance'>,
	policy: TolerancePolicy = DEFAULT_POLICY
): ToleranceInForce {
	const cls = policy.classes[item.riskClass];
	const tolerableIds = item.materials.filter(isTolerable).map((m) => m.id);
	const maxMissing = Math.max(
		0,
		Math.min(Math.floor(item.tolerance.maxMissing), cls?.maxMissing ?? 0, tolerableIds.length)
	);
	const allowed =
		item.tolerance.enabled &&
		(cls?.toleranceAllowed ?? false) &&
		(item.caseType !== 'immediate' || policy.immediateCasesTolerate) &&
		tolerableIds.length > 0 &&
		maxMissing > 0;
	return {
		enabled: item.tolerance.enabled,
		maxMissing: allowed ? maxMissing : 0,
		commitmentText: item.tolerance.commitmentText.trim(),
		supplementDays: item.tolerance.supplementDays,
		consequence: item.tolerance.consequence.trim(),
		allowed,
		tolerableIds: allowed ? tolerableIds : []
	};
}
