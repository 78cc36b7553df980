// decide: submission → 受理 / 容缺受理 / 一次性告知补正 / 不予受理 (《行政许可法》第三十二条).
//
// The verdict is the published schemas' (BUNDLE.md, "Reaching the verdict"), in this order:
//   1. `acceptance.refusal` holds → `reject` (one of the item's declared 不予受理情形);
//   2. the Chinese-format values are normalised (trim, upper-case X: formats/registry.ts) and the
//      documents the guide lists but this case does not need (免提交, a condition that does not
//      hold) are set aside and noted;
//   3. the application schema, validated with our formats, finds any problem → `supplement`;
//   4. `acceptance.complete` → `accept`; `acceptance.tolerant` → `accept-with-tolerance`;
//      otherwise `supplement`.
// A value that fails its format is a defect of the application, never "for the clerk to verify".
// Everything else here explains the verdict: what is missing (all of it at once, 一次性告知), which
// fields are wrong, and until when tolerated materials are due.
import type { BundleMaterial, Bundle } from '../compile/types';
import { isNeeded } from '../compile/materials';
import { calcFields, calcProblems, type CalcField } from '../calc/fields';
import { crossFieldProblems } from '../conditions/cross-field';
import { listFormFields } from '../item/fields';
import { joinList, translator, type Locale } from '../i18n';
import type { Problem } from '../item/types';
import { formatLimit } from '../lint/durations';
import { pointer } from '../pointer';
import {
	CalendarGapError,
	countFromAcceptance,
	countNotes,
	defaultCalendar,
	dueDate,
	type Calendar,
	type CountOptions
} from '../workdays';
import { acceptanceMessages as messages } from './messages';
import type { Decision, ExtraMaterial, MaterialRef } from './types';
import { normaliseFormData } from './normalise';
import { toProblems } from './problems';
import {
	validatorsFor,
	type BundleValidators,
	type DecisionValidators,
	type SchemaCheck
} from './validators';

export { normaliseFormData } from './normalise';

export interface DecideOptions {
	/** working-day calendar for deadlines (default: the national calendar) */
	calendar?: Calendar;
	locale?: Locale;
	/** region code of the accepting office, for regional holidays */
	region?: string;
	/**
	 * refuse (CalendarGapError) when a deadline reaches into a year without a loaded holiday
	 * schedule, instead of counting it on weekends only and marking the decision provisional
	 */
	strictCalendar?: boolean;
	/**
	 * the bundle's validators generated ahead of time (ajv standalone), for pages served without
	 * 'unsafe-eval'; by default they are compiled from the bundle
	 */
	validators?: DecisionValidators;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const SUBMISSION_KEYS = new Set(['form', 'materials', 'commitment', 'creditRestricted']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const has = (o: Obj, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Needed materials absent from the submission, judged with the schemas' own condition subschemas. */
function missingMaterials(
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

/**
 * `acceptance.complete` and `acceptance.tolerant` for one decision. Both check the same form part
 * (validators.ts, SplitVerdict): it is checked once, for the form object this decision prepared —
 * or not at all when the application schema already passed that form and implies the form part
 * (`validForm`: the form object the application check passed).
 */
function verdicts(
	v: DecisionValidators,
	validForm?: Obj
): { complete: SchemaCheck; tolerant: SchemaCheck } {
	const split = (v as Partial<BundleValidators>).split;
	if (!split) return { complete: v.complete, tolerant: v.tolerant };
	let form: unknown;
	let formOk: boolean | undefined;
	if (validForm && split.formImplied && !has(validForm, 'materials')) {
		form = validForm;
		formOk = true;
	}
	const whole =
		(rest: SchemaCheck) =>
		(x: unknown): boolean => {
			if (rest(x) !== true) return false;
			const f = (x as Obj).form;
			if (formOk === undefined || f !== form) {
				form = f;
				formOk = split.form(f) === true;
			}
			return formOk;
		};
	return { complete: whole(split.complete), tolerant: whole(split.tolerant) };
}

/** Problems with the submission envelope itself (not the form): clear words instead of a crash. */
function shapeProblems(submission: unknown, locale?: Locale): Problem[] {
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
function formProblems(
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
function derivedProblems(
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

const ref = (m: BundleMaterial): MaterialRef => ({ id: m.id, name: m.name });
const names = (ms: MaterialRef[], locale?: Locale) => {
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
function prepare(
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

/** The promised completion date (承诺办结日期), when the guide promises a limit. */
function promisedBy(bundle: Bundle, date: string, calendar: Calendar, region?: string) {
	const limit = bundle.guide?.promisedTimeLimit;
	if (!limit || !(limit.value > 0) || !Number.isInteger(limit.value)) return undefined;
	try {
		return dueDate(calendar, date, limit, { region });
	} catch (e) {
		// the promise reaches into a year without a holiday schedule: the supplement deadlines are
		// counted (or refused) by the calendar as they would be without the promise
		if (e instanceof CalendarGapError) return undefined;
		throw e;
	}
}

interface Deadlines {
	tolerated: (MaterialRef & { supplementDeadline: string })[];
	latest: string;
	clampedTo?: string;
	/** the provisional marker, when a deadline was counted on weekends only */
	provisional?: Pick<Decision, 'provisional' | 'provisionalReason' | 'provisionalYears'>;
	/** the holiday note and the provisional reason, for the reasons */
	notes: string[];
}

/** Each tolerated material's deadline, never after the promised completion date. */
function deadlines(
	bundle: Bundle,
	missing: BundleMaterial[],
	date: string,
	calendar: Calendar,
	opts: CountOptions,
	locale?: Locale
): Deadlines {
	const limit = promisedBy(bundle, date, calendar, opts.region);
	// a year without a schedule is counted on weekends only (or refused when strict)
	const count = countFromAcceptance(
		calendar,
		date,
		missing.map((m) => m.supplementDays ?? bundle.tolerance.supplementDays),
		opts
	);
	let clampedTo: string | undefined;
	let guessed = false;
	const tolerated = missing.map((m, i) => {
		let due = count.deadlines[i];
		if (limit && due > limit) {
			due = limit;
			clampedTo = limit;
		} else if (count.provisionalYears.length) guessed = true;
		return { ...ref(m), supplementDeadline: due };
	});
	const latest = tolerated
		.map((m) => m.supplementDeadline)
		.sort()
		.pop() as string;
	// a deadline brought forward to the promised date (a known year) is final
	const final = guessed ? count : { ...count, provisionalYears: [] };
	const { notes, provisionalReason } = countNotes(final, date, locale);
	const provisional = provisionalReason
		? { provisional: true, provisionalReason, provisionalYears: final.provisionalYears }
		: undefined;
	return { tolerated, latest, clampedTo, provisional, notes };
}

function clampReason(bundle: Bundle, clampedTo: string | undefined, locale?: Locale): string[] {
	if (!clampedTo) return [];
	return [
		translator(messages, locale)('acceptance.deadlineClamped', {
			date: clampedTo,
			limit: formatLimit(bundle.guide.promisedTimeLimit, locale)
		})
	];
}

function extraReasons(extras: ExtraMaterial[], locale?: Locale): string[] {
	const t = translator(messages, locale);
	return extras.map((m) =>
		t(m.why === 'shared-exempt' ? 'acceptance.extra.sharedExempt' : 'acceptance.extra.notNeeded', {
			name: t('acceptance.material', { name: m.name })
		})
	);
}

/**
 * Decide a submission on `date` (YYYY-MM-DD, the day of 受理). Never throws for a bad submission:
 * it gets `supplement` with the reasons. Throws RangeError for a malformed `date`. A supplement
 * deadline in a year whose holiday schedule is not loaded is counted on weekends only and the
 * decision marked `provisional`; with `strictCalendar` the calendar's CalendarGapError is thrown
 * instead. An acceptance date that is not a working day is noted: the count starts on the next one.
 */
export function decide(
	bundle: Bundle,
	submission: unknown,
	date: string,
	opts: DecideOptions = {}
): Decision {
	const { locale } = opts;
	const t = translator(messages, locale);
	if (!DATE.test(date)) throw new RangeError(`acceptance date must be YYYY-MM-DD, got ${date}`);
	const v = opts.validators ?? validatorsFor(bundle);

	// normalise, set listed extras aside
	const { prepared, extras } = isObj(submission)
		? prepare(bundle, v, submission)
		: { prepared: submission, extras: [] as ExtraMaterial[] };
	// 1. 不予受理: a declared case holds, whatever else was handed in
	if (isObj(prepared) && isObj(prepared.form)) {
		const holding = (bundle.refusals ?? []).filter((_, i) => {
			const check = v.refusals?.get(i);
			return check ? check(prepared) === true : false;
		});
		if (holding.length) {
			return {
				decision: 'reject',
				missing: [],
				tolerated: [],
				errors: [],
				refusals: holding.map((r) => ({ id: r.id, text: r.text })),
				reasons: [
					...holding.map((r) => t('acceptance.refusalCase', { text: r.text })),
					t('acceptance.refused')
				]
			};
		}
	}

	// 3. every problem in the data
	const errors = shapeProblems(prepared, locale);
	let validForm: Obj | undefined;
	if (isObj(prepared))
		errors.push(...formProblems(bundle, v, prepared, locale, (form) => (validForm = form)));
	const verdict = verdicts(v, validForm);
	if (isObj(prepared) && isObj(prepared.form)) {
		errors.push(...derivedProblems(bundle, prepared.form, date, opts.calendar, locale));
	}
	const noted = extras.length ? { extras } : {};

	const calendar = () => opts.calendar ?? defaultCalendar();
	const countOptions: CountOptions = { region: opts.region, strict: opts.strictCalendar };

	// 4. complete, then tolerant
	if (errors.length === 0 && verdict.complete(prepared)) {
		// accepted on a holiday: the promised time limit starts on the next working day
		const { notes } = countNotes(
			countFromAcceptance(calendar(), date, [], countOptions),
			date,
			locale
		);
		return {
			decision: 'accept',
			missing: [],
			tolerated: [],
			errors: [],
			reasons: [t('acceptance.accepted'), ...notes, ...extraReasons(extras, locale)],
			...noted
		};
	}

	const missing = missingMaterials(bundle, v, prepared);

	if (errors.length === 0 && verdict.tolerant(prepared)) {
		const cal = calendar();
		const d = deadlines(bundle, missing, date, cal, countOptions, locale);
		return {
			decision: 'accept-with-tolerance',
			missing: missing.map(ref),
			tolerated: d.tolerated,
			supplementDeadline: d.latest,
			...(d.clampedTo ? { deadlineClampedTo: d.clampedTo } : {}),
			calendar: cal.id,
			...d.provisional,
			errors: [],
			reasons: [
				t('acceptance.tolerated', {
					materials: names(missing, locale),
					deadline: d.latest,
					consequence: bundle.tolerance.consequence
				}),
				...d.notes,
				...clampReason(bundle, d.clampedTo, locale),
				...extraReasons(extras, locale)
			],
			...noted
		};
	}

	// 一次性告知补正: everything to supply or correct, at once
	const tolerable = new Set(bundle.tolerance.tolerableIds);
	const reasons: string[] = [];
	const strict = missing.filter((m) => !tolerable.has(m.id));
	const lenient = missing.filter((m) => tolerable.has(m.id));
	if (strict.length) {
		reasons.push(t('acceptance.missing', { materials: names(strict, locale) }));
	}
	if (lenient.length) {
		reasons.push(t('acceptance.missingTolerable', { materials: names(lenient, locale) }));
	}
	let offer: Decision['toleranceOffer'];
	let clampedTo: string | undefined;
	let provisional: Deadlines['provisional'];
	if (lenient.length && !strict.length && errors.length === 0 && isObj(prepared)) {
		const signed = { ...prepared, commitment: true };
		if (prepared.commitment !== true && verdict.tolerant(signed)) {
			const d = deadlines(bundle, lenient, date, calendar(), countOptions, locale);
			offer = { materials: lenient.map(ref), supplementDeadline: d.latest };
			clampedTo = d.clampedTo;
			provisional = d.provisional;
			reasons.push(
				t('acceptance.toleranceOffer', { materials: names(lenient, locale), deadline: d.latest })
			);
			reasons.push(...d.notes);
			reasons.push(...clampReason(bundle, clampedTo, locale));
		} else {
			reasons.push(...whyNotTolerated(bundle, prepared, lenient.length, locale));
		}
	}
	if (!bundle.tolerance.allowed && missing.length && bundle.tolerance.enabled) {
		reasons.push(t('acceptance.toleranceNotApplicable'));
	}
	if (errors.length) {
		reasons.push(t('acceptance.toCorrect', { count: errors.length }));
	}
	if (!reasons.length) {
		// the schemas refused for a reason none of the explanations above covers: say so, never "ok"
		reasons.push(t('acceptance.notMet'));
	}
	reasons.push(...extraReasons(extras, locale));
	reasons.push(t('acceptance.supplement'));
	return {
		decision: 'supplement',
		missing: missing.map(ref),
		tolerated: [],
		errors,
		reasons,
		...(offer ? { toleranceOffer: offer } : {}),
		...provisional,
		...noted
	};
}

/** Only tolerable materials are missing and the data is valid: why tolerance still did not apply. */
function whyNotTolerated(
	bundle: Bundle,
	submission: Obj,
	missingCount: number,
	locale?: Locale
): string[] {
	const tolerance = bundle.tolerance;
	if (!tolerance.allowed) return [];
	const t = translator(messages, locale);
	const out: string[] = [];
	if (missingCount > tolerance.maxMissing) {
		out.push(t('acceptance.tooManyMissing', { missing: missingCount, max: tolerance.maxMissing }));
	}
	if (submission.creditRestricted === true) out.push(t('acceptance.creditRestricted'));
	else if (submission.commitment !== true && missingCount <= tolerance.maxMissing)
		out.push(t('acceptance.commitmentRequired'));
	return out;
}
