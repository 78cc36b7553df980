// The compatibility an item promises its portals holds transitively: the next version is checked
// against every version published before it, not just the latest one.
import type { CompatibilityPromise } from '../../item/types';
import type { Locale } from '../../i18n';
import { compareSchemas } from './compare';
import type { CompatChange, JsonSchema } from './types';

export interface PromiseViolation {
	/** index into previousVersions */
	against: number;
	change: CompatChange;
}

export interface PromiseCheck {
	ok: boolean;
	violations: PromiseViolation[];
}

/** whether one judged change keeps the promise */
export function keepsPromise(promise: CompatibilityPromise, change: CompatChange): boolean {
	switch (promise) {
		case 'none':
			return true;
		case 'backward':
			return change.backward;
		case 'forward':
			return change.forward;
		case 'full':
			return change.backward && change.forward;
	}
}

export function checkPromise(
	promise: CompatibilityPromise,
	previousVersions: JsonSchema[],
	next: JsonSchema,
	opts: { locale?: Locale } = {}
): PromiseCheck {
	const violations: PromiseViolation[] = [];
	if (promise !== 'none') {
		previousVersions.forEach((prev, against) => {
			for (const change of compareSchemas(prev, next, opts).changes)
				if (!keepsPromise(promise, change)) violations.push({ against, change });
		});
	}
	return { ok: violations.length === 0, violations };
}
