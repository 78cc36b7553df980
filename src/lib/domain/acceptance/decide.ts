// decide: submission → 受理 / 容缺受理 / 不予受理. The verdict is exactly the published acceptance
// schemas' (complete first, then tolerant), so a portal running them with any 2020-12 validator
// agrees with the window. Everything else here only explains that verdict: what is missing (all of
// it at once, 一次性告知), which fields are wrong, and until when tolerated materials are due.
import type { BundleMaterial, Bundle } from '../compile/types';
import { isNeeded } from '../compile/materials';
import { joinList, translator, type Locale } from '../i18n';
import type { Problem } from '../item/types';
import { pointer } from '../pointer';
import { countFromAcceptance, countNotes, defaultCalendar, type Calendar } from '../workdays';
import { acceptanceMessages as messages } from './messages';
import type { Decision, MaterialRef } from './types';
import { toProblems } from './problems';
import { validatorsFor, type DecisionValidators } from './validators';

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

/** Needed materials absent from the submission, judged with the schemas' own condition subschemas. */
function missingMaterials(
	bundle: Bundle,
	v: DecisionValidators,
	submission: unknown
): BundleMaterial[] {
	const given = isObj(submission) && isObj(submission.materials) ? submission.materials : {};
	return bundle.materials.filter((m, i) => {
		if (!isNeeded(m) || Object.prototype.hasOwnProperty.call(given, m.id)) return false;
		const condition = v.conditions.get(i);
		return condition ? condition(submission) === true : true;
	});
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

/** Form and file-reference problems, from the application schema validated with our formats. */
function formProblems(
	bundle: Bundle,
	v: DecisionValidators,
	submission: Obj,
	locale?: Locale
): Problem[] {
	if (!isObj(submission.form)) return [];
	const data: Obj = { ...submission.form };
	delete data.materials;
	if (isObj(submission.materials)) data.materials = submission.materials;
	if (v.application(data)) return [];
	return toProblems(v.application.errors, bundle.applicationSchema, {
		locale,
		data,
		relocate: (ptr) => (ptr === '/materials' || ptr.startsWith('/materials/') ? ptr : '/form' + ptr)
	});
}

const ref = (m: BundleMaterial): MaterialRef => ({ id: m.id, name: m.name });
const names = (ms: BundleMaterial[], locale?: Locale) => {
	const t = translator(messages, locale);
	return joinList(
		locale,
		ms.map((m) => t('acceptance.material', { name: m.name }))
	);
};

/**
 * Decide a submission on `date` (YYYY-MM-DD, the day of 受理). Never throws for a bad submission: it
 * is refused with the reasons. Throws RangeError for a malformed `date`. A supplement deadline in
 * a year whose holiday schedule is not loaded is counted on weekends only and the decision marked
 * `provisional`; with `strictCalendar` the calendar's CalendarGapError is thrown instead.
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
	const calendar = opts.calendar ?? defaultCalendar();
	const countOptions = { region: opts.region, strict: opts.strictCalendar };

	if (v.complete(submission)) {
		const warnings = formProblems(bundle, v, submission as Obj, locale);
		const { notes } = countNotes(
			countFromAcceptance(calendar, date, [], countOptions),
			date,
			locale
		);
		return {
			decision: 'accept',
			missing: [],
			tolerated: [],
			errors: warnings,
			reasons: [t('acceptance.accepted'), ...notes, ...checkDigitNotice(warnings, locale)]
		};
	}

	const missing = missingMaterials(bundle, v, submission);
	const tolerable = new Set(bundle.tolerance.tolerableIds);

	if (v.tolerant(submission)) {
		const count = countFromAcceptance(
			calendar,
			date,
			missing.map((m) => m.supplementDays ?? bundle.tolerance.supplementDays),
			countOptions
		);
		const { notes, provisionalReason } = countNotes(count, date, locale);
		const tolerated = missing.map((m, i) => ({
			...ref(m),
			supplementDeadline: count.deadlines[i]
		}));
		const warnings = formProblems(bundle, v, submission as Obj, locale);
		const latest = tolerated
			.map((m) => m.supplementDeadline)
			.sort()
			.pop();
		return {
			decision: 'accept-with-tolerance',
			missing: missing.map(ref),
			tolerated,
			supplementDeadline: latest,
			calendar: calendar.id,
			...(provisionalReason && {
				provisional: true,
				provisionalReason,
				provisionalYears: count.provisionalYears
			}),
			errors: warnings,
			reasons: [
				t('acceptance.tolerated', {
					materials: names(missing, locale),
					deadline: String(latest),
					consequence: bundle.tolerance.consequence
				}),
				...notes,
				...checkDigitNotice(warnings, locale)
			]
		};
	}

	const errors = shapeProblems(submission, locale);
	if (isObj(submission)) errors.push(...formProblems(bundle, v, submission, locale));
	const reasons: string[] = [];
	const strict = missing.filter((m) => !tolerable.has(m.id));
	const lenient = missing.filter((m) => tolerable.has(m.id));
	if (strict.length) {
		reasons.push(t('acceptance.missing', { materials: names(strict, locale) }));
	}
	if (lenient.length) {
		reasons.push(t('acceptance.missingTolerable', { materials: names(lenient, locale) }));
	}
	if (lenient.length && !strict.length && errors.length === 0) {
		reasons.push(...whyNotTolerated(bundle, submission as Obj, lenient.length, locale));
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
	reasons.push(t('acceptance.rejected'));
	return { decision: 'reject', missing: missing.map(ref), tolerated: [], errors, reasons };
}

/**
 * The acceptance schemas check identifiers by shape only (a portable schema cannot compute check
 * digits), so the verdict stands; what our formats still find is reported for the clerk to verify.
 */
function checkDigitNotice(warnings: Problem[], locale?: Locale): string[] {
	if (!warnings.length) return [];
	return [translator(messages, locale)('acceptance.checkDigits', { count: warnings.length })];
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
	if (submission.commitment !== true) out.push(t('acceptance.commitmentRequired'));
	if (submission.creditRestricted === true) out.push(t('acceptance.creditRestricted'));
	return out;
}
