// The merged form of a one-thing, checked in the page under the portal's strict CSP: nothing is
// compiled here. Each member item's published version already has a precompiled validator module
// (…/items/{code}/versions/{n}/validator.js); the merged form's data is cut into each member's
// slice, checked by that member's own validator, and every message is put back on the merged
// field it came from. A shared field two members check gives one message, not two.
import type { DecisionValidators } from '$lib/domain/acceptance/validators';
import type { Locale } from '$lib/domain/i18n';
import type { OneThingBundle } from '$lib/domain/onething/types';
import { evaluate } from '$lib/form/validator/evaluate';
import { precompiledValidator } from '$lib/form/validator/precompiled';
import type { FormError, FormValidator } from '$lib/form/validator/types';
import { loadValidators } from '../validators';
import { memberAppliesInPage, memberData, toMergedPointer } from './view';

const PORTAL_ITEMS = '/api/v1/portal/items';

/**
 * Every member's precompiled validators, by member code, for the versions the one-thing pins, from
 * the portal API's items at `items` (the same origin by default; the widget names the server's).
 */
export async function loadMemberValidators(
	bundle: OneThingBundle,
	items = PORTAL_ITEMS
): Promise<Map<string, DecisionValidators>> {
	const entries = await Promise.all(
		bundle.members.map(
			async (m) =>
				[
					m.code,
					await loadValidators(
						`${items}/${encodeURIComponent(m.code)}/versions/${m.version}`,
						m.hash
					)
				] as const
		)
	);
	return new Map(entries);
}

/** The merged form's validator: each applying member checks its slice. */
export function oneThingFormValidator(
	bundle: OneThingBundle,
	validators: Map<string, DecisionValidators>,
	locale: Locale
): FormValidator {
	const members = bundle.members.map((m) => ({
		member: m,
		validator: precompiledValidator(validators.get(m.code)!.application, locale)
	}));
	return {
		validate(data) {
			const seen = new Set<string>();
			const out: FormError[] = [];
			for (const { member, validator } of members) {
				if (!memberAppliesInPage(member, data)) continue;
				for (const e of validator.validate(memberData(member, data))) {
					const pointer = toMergedPointer(member, e.pointer);
					const key = `${pointer} ${e.keyword}`;
					if (seen.has(key)) continue;
					seen.add(key);
					out.push({ ...e, pointer });
				}
			}
			return out;
		},
		isValid: (schema, data, rootSchema) => evaluate(schema, data, rootSchema)
	};
}
