// The submission's materials as decided: documents the guide lists but this case does not need set
// aside (免提交, a condition that does not hold), the needed ones that are missing, and how both are
// named in the reasons.
import { isNeeded } from '../compile/materials';
import type { BundleMaterial, Bundle } from '../compile/types';
import { joinList, translator, type Locale } from '../i18n';
import { hasOwn as has, isObj, type Obj } from '../plain-object';
import { acceptanceMessages as messages } from './messages';
import { normaliseFormData } from './normalise';
import type { ExtraMaterial, MaterialRef } from './types';
import type { DecisionValidators } from './validators';

export const ref = (m: BundleMaterial): MaterialRef => ({ id: m.id, name: m.name });
export const names = (ms: MaterialRef[], locale?: Locale) => {
	const t = translator(messages, locale);
	return joinList(
		locale,
		ms.map((m) => t('acceptance.material', { name: m.name }))
	);
};

/**
 * The submission as decided: Chinese-format values normalised, and the documents the guide lists
 * but this case does not need set aside (they are accepted and noted, not part of the verdict).
 */
export function prepare(
	bundle: Bundle,
	v: DecisionValidators,
	submission: Obj
): { prepared: Obj; extras: ExtraMaterial[] } {
	const prepared: Obj = { ...submission };
	if (isObj(submission.form)) {
		prepared.form = normaliseFormData(bundle.applicationSchema, submission.form);
	}
	const extras: ExtraMaterial[] = [];
	if (!isObj(submission.materials)) return { prepared, extras };
	const given: Obj = { ...submission.materials };
	bundle.materials.forEach((m, i) => {
		if (!has(given, m.id)) return;
		let why: ExtraMaterial['why'] | undefined;
		if (m.sharedExempt) why = 'shared-exempt';
		else if (m.condition !== undefined && v.conditions.get(i)?.(prepared) === false)
			why = 'not-needed';
		if (!why) return;
		delete given[m.id];
		extras.push({ ...ref(m), why });
	});
	prepared.materials = given;
	return { prepared, extras };
}

/** Needed materials absent from the submission, judged with the schemas' own condition subschemas. */
export function missingMaterials(
	bundle: Bundle,
	v: DecisionValidators,
	submission: unknown
): BundleMaterial[] {
	const given = isObj(submission) && isObj(submission.materials) ? submission.materials : {};
	return bundle.materials.filter((m, i) => {
		if (!isNeeded(m) || has(given, m.id)) return false;
		const condition = v.conditions.get(i);
		return condition ? condition(submission) === true : true;
	});
}

export function extraReasons(extras: ExtraMaterial[], locale?: Locale): string[] {
	const t = translator(messages, locale);
	return extras.map((m) =>
		t(m.why === 'shared-exempt' ? 'acceptance.extra.sharedExempt' : 'acceptance.extra.notNeeded', {
			name: t('acceptance.material', { name: m.name })
		})
	);
}
