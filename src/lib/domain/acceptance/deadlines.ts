// Until when tolerated materials are due (容缺后补): each material's supplement deadline in working
// days from acceptance, never after the promised completion date (承诺办结日期).
import type { BundleMaterial, Bundle } from '../compile/types';
import { translator, type Locale } from '../i18n';
import { formatLimit } from '../lint/durations';
import {
	CalendarGapError,
	countFromAcceptance,
	countNotes,
	dueDate,
	type Calendar,
	type CountOptions
} from '../workdays';
import { ref } from './materials';
import { acceptanceMessages as messages } from './messages';
import type { Decision, MaterialRef } from './types';

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

export interface Deadlines {
	tolerated: (MaterialRef & { supplementDeadline: string })[];
	latest: string;
	clampedTo?: string;
	/** the provisional marker, when a deadline was counted on weekends only */
	provisional?: Pick<Decision, 'provisional' | 'provisionalReason' | 'provisionalYears'>;
	/** the holiday note and the provisional reason, for the reasons */
	notes: string[];
}

/** Each tolerated material's deadline, never after the promised completion date. */
export function deadlines(
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

export function clampReason(
	bundle: Bundle,
	clampedTo: string | undefined,
	locale?: Locale
): string[] {
	if (!clampedTo) return [];
	return [
		translator(messages, locale)('acceptance.deadlineClamped', {
			date: clampedTo,
			limit: formatLimit(bundle.guide.promisedTimeLimit, locale)
		})
	];
}
