// What is wrong with a submission, all of it at once (一次性告知): the envelope itself, the form and
// file references against the application schema (a quick yes/no first, the full list of errors
// only on a no), and what the schemas cannot say (cross-field rules, calculated fields).
import type { Bundle } from '../compile/types';
import { calcFields, calcProblems, type CalcField } from '../calc/fields';
import { crossFieldProblems } from '../conditions/cross-field';
import { listFormFields } from '../item/fields';
import { translator, type Locale } from '../i18n';
import type { Problem } from '../item/types';
import { hasOwn as has, isObj, type Obj } from '../plain-object';
import { pointer } from '../pointer';
import type { Calendar } from '../workdays';
import { acceptanceMessages as messages } from './messages';
import { toProblems } from './problems';
import type { BundleValidators, DecisionValidators } from './validators';

const SUBMISSION_KEYS = new Set(['form', 'materials', 'commitment', 'creditRestricted']);

/** Problems with the submission envelope itself (not the form): clear words instead of a crash. */
export function shapeProblems(submission: unknown, locale?: Locale): Problem[] {
	const t = translator(messages, locale);
	if (!isObj(submission)) {
		return [{ pointer: '', code: 'type', message: t('acceptance.submission.notObject') }];
	}
	const out: Problem[] = [];
	const need = (key: 'form' | 'materials' | 'commitment' | 'creditRestricted', ok: boolean) => {
		if (!ok)
			out.push({
				pointer: pointer(key),
				code: 'type',
				message: t(`acceptance.submission.${key}`)
			});
	};
	need('form', isObj(submission.form));
	need('materials', isObj(submission.materials));
	if ('commitment' in submission) need('commitment', typeof submission.commitment === 'boolean');
	if ('creditRestricted' in submission)
		need('creditRestricted', typeof submission.creditRestricted === 'boolean');
	for (const key of Object.keys(submission)) {
		if (!SUBMISSION_KEYS.has(key)) {
			out.push({
				pointer: pointer(key),
				code: 'unevaluatedProperties',
				message: t('acceptance.submission.unknown', { key })
			});
		}
	}
	return out;
}

/**
 * Form and file-reference problems, from the application schema validated with our formats.
 * `passed` is told the form object when the schema found nothing wrong with it.
 */
export function formProblems(
	bundle: Bundle,
	v: DecisionValidators,
	submission: Obj,
	locale?: Locale,
	passed?: (form: Obj) => void
): Problem[] {
	const form = submission.form;
	if (!isObj(form)) return [];
	// the form with the submission's materials in its `materials` slot, copied once (not at all when
	// there is nothing to add); a `materials` key of the form's own is dropped first
	let data: Obj;
	if (has(form, 'materials')) {
		data = { ...form };
		delete data.materials;
		if (isObj(submission.materials)) data.materials = submission.materials;
	} else {
		data = isObj(submission.materials) ? { ...form, materials: submission.materials } : form;
	}
	// a yes from the quicker check is the full check's yes; only a no needs the full list of errors
	const quick = (v as Partial<BundleValidators>).applicationValid;
	if ((quick && quick(data) === true) || v.application(data)) {
		passed?.(form);
		return [];
	}
	return toProblems(v.application.errors, bundle.applicationSchema, {
		locale,
		data,
		relocate: (ptr) => (ptr === '/materials' || ptr.startsWith('/materials/') ? ptr : '/form' + ptr)
	});
}

// A published bundle never changes: where its uiSchema keeps calculated fields is read once.
const calcFieldsOf = new WeakMap<object, CalcField[]>();

/**
 * What the schemas cannot say: cross-field rules (`ui:rules`) and calculated fields (`ui:calc`),
 * recomputed on the day of acceptance; a submitted value that differs is a correction to make.
 */
export function derivedProblems(
	bundle: Bundle,
	form: Obj,
	date: string,
	calendar: Calendar | undefined,
	locale?: Locale
): Problem[] {
	const ui = bundle.uiSchema;
	if (!isObj(ui)) return [];
	let fields = calcFieldsOf.get(ui);
	if (!fields) calcFieldsOf.set(ui, (fields = calcFields(ui)));
	let titles: Map<string, string> | undefined;
	const title = (key: string) => {
		titles ??= new Map(
			listFormFields(bundle.applicationSchema).map((f) => [f.key, f.title ?? f.key])
		);
		return titles.get(key);
	};
	return [
		...crossFieldProblems(ui, form, { locale, base: '/form', title }),
		...calcProblems(
			ui,
			form,
			{ today: date, calendar },
			{ locale, base: '/form', title: (path) => title(path.join('.')), fields }
		)
	];
}
