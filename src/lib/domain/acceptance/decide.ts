// decide: submission → 受理 / 容缺受理 / 不予受理. The verdict is exactly the published acceptance
// schemas' (complete first, then tolerant), so a portal running them with any 2020-12 validator
// agrees with the window. Everything else here only explains that verdict: what is missing (all of
// it at once, 一次性告知), which fields are wrong, and until when tolerated materials are due.
import type { BundleMaterial, Bundle } from '../compile/types';
import { isNeeded } from '../compile/materials';
import { msg, type Locale } from '../i18n';
import type { Problem } from '../item/types';
import { pointer } from '../pointer';
import { addWorkdays, defaultCalendar, type Calendar } from '../workdays';
import type { Decision, MaterialRef } from './types';
import { toProblems } from './messages';
import { validatorsFor, type DecisionValidators } from './validators';

export interface DecideOptions {
	/** working-day calendar for deadlines (default: the national calendar) */
	calendar?: Calendar;
	locale?: Locale;
	/** region code of the accepting office, for regional holidays */
	region?: string;
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
	if (!isObj(submission)) {
		return [
			{
				pointer: '',
				code: 'type',
				message: msg(
					locale,
					'提交内容应当是包含 form、materials、commitment 的对象',
					'the submission must be an object with form, materials and commitment'
				)
			}
		];
	}
	const out: Problem[] = [];
	const need = (key: string, ok: boolean, zh: string, en: string) => {
		if (!ok) out.push({ pointer: pointer(key), code: 'type', message: msg(locale, zh, en) });
	};
	need(
		'form',
		isObj(submission.form),
		'缺少申请表数据（form）或格式不正确',
		'form data (form) is missing or not an object'
	);
	need(
		'materials',
		isObj(submission.materials),
		'缺少申请材料清单（materials）或格式不正确',
		'the materials (materials) are missing or not an object'
	);
	if ('commitment' in submission) {
		need(
			'commitment',
			typeof submission.commitment === 'boolean',
			'承诺书签署情况（commitment）应当为 true 或 false',
			'commitment must be true or false'
		);
	}
	if ('creditRestricted' in submission) {
		need(
			'creditRestricted',
			typeof submission.creditRestricted === 'boolean',
			'信用限制标记（creditRestricted）应当为 true 或 false',
			'creditRestricted must be true or false'
		);
	}
	for (const key of Object.keys(submission)) {
		if (!SUBMISSION_KEYS.has(key)) {
			out.push({
				pointer: pointer(key),
				code: 'unevaluatedProperties',
				message: msg(locale, `不认识的提交项“${key}”`, `unknown submission entry "${key}"`)
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
const names = (ms: BundleMaterial[], locale?: Locale) =>
	ms.map((m) => (locale === 'en' ? m.name : `《${m.name}》`)).join(msg(locale, '、', ', '));

/**
 * Decide a submission on `date` (YYYY-MM-DD, the day of 受理). Never throws for a bad submission: it
 * is refused with the reasons. Throws RangeError for a malformed `date`, and the calendar's
 * CalendarGapError when a supplement deadline falls in a year whose holiday schedule is not yet
 * known (a deadline is never guessed).
 */
export function decide(
	bundle: Bundle,
	submission: unknown,
	date: string,
	opts: DecideOptions = {}
): Decision {
	const { locale } = opts;
	if (!DATE.test(date)) throw new RangeError(`acceptance date must be YYYY-MM-DD, got ${date}`);
	const v = opts.validators ?? validatorsFor(bundle);

	if (v.complete(submission)) {
		const warnings = formProblems(bundle, v, submission as Obj, locale);
		return {
			decision: 'accept',
			missing: [],
			tolerated: [],
			errors: warnings,
			reasons: [
				msg(
					locale,
					'申请材料齐全、符合法定形式，予以受理',
					'The application is complete and accepted'
				),
				...checkDigitNotice(warnings, locale)
			]
		};
	}

	const missing = missingMaterials(bundle, v, submission);
	const tolerable = new Set(bundle.tolerance.tolerableIds);

	if (v.tolerant(submission)) {
		const calendar = opts.calendar ?? defaultCalendar();
		const tolerated = missing.map((m) => ({
			...ref(m),
			supplementDeadline: addWorkdays(
				calendar,
				date,
				m.supplementDays ?? bundle.tolerance.supplementDays,
				opts.region
			)
		}));
		const warnings = formProblems(bundle, v, submission as Obj, locale);
		const latest = tolerated
			.map((t) => t.supplementDeadline)
			.sort()
			.pop();
		return {
			decision: 'accept-with-tolerance',
			missing: missing.map(ref),
			tolerated,
			supplementDeadline: latest,
			calendar: calendar.id,
			errors: warnings,
			reasons: [
				msg(
					locale,
					`容缺受理：申请人已签署告知承诺书，缺少的${names(missing, locale)}应于 ${latest} 前补齐；${bundle.tolerance.consequence}`,
					`Accepted with tolerance: the commitment is signed; ${names(missing, locale)} must be supplied by ${latest}. ${bundle.tolerance.consequence}`
				),
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
		reasons.push(
			msg(
				locale,
				`缺少申请材料：${names(strict, locale)}`,
				`Missing materials: ${names(strict, locale)}`
			)
		);
	}
	if (lenient.length) {
		reasons.push(
			msg(
				locale,
				`缺少可容缺材料：${names(lenient, locale)}`,
				`Missing materials that may be tolerated: ${names(lenient, locale)}`
			)
		);
	}
	if (lenient.length && !strict.length && errors.length === 0) {
		reasons.push(...whyNotTolerated(bundle, submission as Obj, lenient.length, locale));
	}
	if (!bundle.tolerance.allowed && missing.length && bundle.tolerance.enabled) {
		reasons.push(msg(locale, '本事项当前不适用容缺受理', 'Tolerance does not apply to this item'));
	}
	if (errors.length) {
		reasons.push(
			msg(
				locale,
				`申请信息有 ${errors.length} 处需要更正`,
				`${errors.length} problem(s) in the application must be corrected`
			)
		);
	}
	if (!reasons.length) {
		// the schemas refused for a reason none of the explanations above covers: say so, never "ok"
		reasons.push(
			msg(locale, '申请不符合受理条件', 'The application does not meet the acceptance conditions')
		);
	}
	reasons.push(
		msg(
			locale,
			'不予受理，请一次性补正上述全部内容后重新提交',
			'Not accepted: correct all of the above and resubmit'
		)
	);
	return { decision: 'reject', missing: missing.map(ref), tolerated: [], errors, reasons };
}

/**
 * The acceptance schemas check identifiers by shape only (a portable schema cannot compute check
 * digits), so the verdict stands; what our formats still find is reported for the clerk to verify.
 */
function checkDigitNotice(warnings: Problem[], locale?: Locale): string[] {
	if (!warnings.length) return [];
	return [
		msg(
			locale,
			`有 ${warnings.length} 处信息未通过校验位等核验，请窗口人员核实`,
			`${warnings.length} value(s) failed check-digit or similar verification; the clerk should verify them`
		)
	];
}

/** Only tolerable materials are missing and the data is valid: why tolerance still did not apply. */
function whyNotTolerated(
	bundle: Bundle,
	submission: Obj,
	missingCount: number,
	locale?: Locale
): string[] {
	const t = bundle.tolerance;
	if (!t.allowed) return [];
	const out: string[] = [];
	if (missingCount > t.maxMissing) {
		out.push(
			msg(
				locale,
				`缺少的容缺材料 ${missingCount} 项，超过可容缺上限 ${t.maxMissing} 项`,
				`${missingCount} tolerable materials are missing; at most ${t.maxMissing} may be`
			)
		);
	}
	if (submission.commitment !== true) {
		out.push(msg(locale, '容缺受理须签署告知承诺书', 'Tolerance requires the signed commitment'));
	}
	if (submission.creditRestricted === true) {
		out.push(
			msg(
				locale,
				'申请人被列入失信限制名单，不适用容缺受理',
				'The applicant is under a credit restriction: tolerance does not apply'
			)
		);
	}
	return out;
}
