// Builds the per-run context: derived views of the item are computed lazily, once per run, so a
// 1000-field form is walked once however many rules look at it.
import type { Locale } from '../i18n';
import { listFormFields, type FormField } from '../item/fields';
import { DEFAULT_POLICY, type TolerancePolicy } from '../item/policy';
import type { Item } from '../item/types';
import { checkPattern, collectPatterns } from './patterns';
import type { FormPattern, PatternVerdict, Profile, RuleContext } from './types';

function once<T>(make: () => T): () => T {
	let done = false;
	let value: T;
	return () => {
		if (!done) {
			value = make();
			done = true;
		}
		return value;
	};
}

export function createContext(
	item: Item,
	opts: { policy?: TolerancePolicy; locale?: Locale; profile?: Profile } = {}
): RuleContext {
	const schema = item.form?.schema ?? {};
	const fields = once<FormField[]>(() => listFormFields(schema));
	const fieldKeys = once(() => new Set(fields().map((f) => f.key)));
	// every regex anywhere in the document: the form's and each material condition's, which portals
	// evaluate on every submission just the same (issue 12)
	const patterns = once<FormPattern[]>(() => [
		...collectPatterns(schema, '/form/schema'),
		...(Array.isArray(item.materials) ? item.materials : []).flatMap((m, i) =>
			m && typeof m.condition === 'object' && m.condition !== null
				? collectPatterns(m.condition, `/materials/${i}/condition`)
				: []
		),
		// refusal conditions are evaluated on every submission too (acceptance.refusal)
		...(Array.isArray(item.refusals) ? item.refusals : []).flatMap((r, i) =>
			r && typeof r.condition === 'object' && r.condition !== null
				? collectPatterns(r.condition, `/refusals/${i}/condition`)
				: []
		)
	]);
	const verdicts = new Map<string, PatternVerdict>();
	return {
		item,
		policy: opts.policy ?? DEFAULT_POLICY,
		locale: opts.locale,
		profile: opts.profile ?? 'national',
		fields,
		fieldKeys,
		patterns,
		checkPattern(pattern) {
			let v = verdicts.get(pattern);
			if (!v) {
				v = checkPattern(pattern);
				verdicts.set(pattern, v);
			}
			return v;
		}
	};
}
