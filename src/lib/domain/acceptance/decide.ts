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
// The rest explains the verdict: what is missing (all of it at once, 一次性告知: materials.ts), which
// fields are wrong (submission-problems.ts), and until when tolerated materials are due
// (deadlines.ts). The form part the two verdict schemas share is checked once (verdict-split.ts).
import type { Bundle } from '../compile/types';
import { translator, type Locale } from '../i18n';
import { isObj, type Obj } from '../plain-object';
import {
	countFromAcceptance,
	countNotes,
	defaultCalendar,
	type Calendar,
	type CountOptions
} from '../workdays';
import { clampReason, deadlines, type Deadlines } from './deadlines';
import { acceptanceMessages as messages } from './messages';
import { extraReasons, missingMaterials, names, prepare, ref } from './materials';
import { derivedProblems, formProblems, shapeProblems } from './submission-problems';
import type { Decision, ExtraMaterial } from './types';
import { validatorsFor, type BundleValidators, type DecisionValidators } from './validators';
import { decisionVerdicts } from './verdict-split';

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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
	const verdict = decisionVerdicts(v, (v as Partial<BundleValidators>).split, validForm);
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
