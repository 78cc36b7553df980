import type { Problem } from '../item/types';

/**
 * The four verdicts of 《行政许可法》第三十二条:
 * - `accept` 受理: complete and in the legal form;
 * - `accept-with-tolerance` 容缺受理: only tolerable materials missing, commitment signed;
 * - `supplement` 一次性告知补正: materials missing or data not in the legal form — everything to
 *   supply or correct is listed at once (`missing`, `errors`);
 * - `reject` 不予受理: one of the item's declared 不予受理情形 holds (`refusals`).
 */
export const DECISION_KINDS = ['accept', 'accept-with-tolerance', 'supplement', 'reject'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The verdicts before `supplement` existed (three values; `reject` then meant "supplement"). */
export type LegacyDecisionKind = 'accept' | 'accept-with-tolerance' | 'reject';

/**
 * Reads a verdict recorded before the four verdicts: an old `reject` was always an incomplete or
 * invalid application (no 不予受理情形 was ever checked), which is `supplement` now.
 */
export function fromLegacyDecision(kind: LegacyDecisionKind): DecisionKind {
	return kind === 'reject' ? 'supplement' : kind;
}

export interface MaterialRef {
	id: string;
	name: string;
}

/** A document handed in that this case does not need, but that the guide lists: kept, noted. */
export interface ExtraMaterial extends MaterialRef {
	/** `shared-exempt`: 免提交 (fetched from shared data); `not-needed`: its condition does not hold */
	why: 'shared-exempt' | 'not-needed';
}

export interface Decision {
	decision: DecisionKind;
	/** every material still needed (一次性告知: all at once) */
	missing: MaterialRef[];
	/** materials accepted as missing under tolerance, each with its own deadline */
	tolerated: (MaterialRef & { supplementDeadline: string })[];
	/** the latest supplement deadline (YYYY-MM-DD) when accepted with tolerance */
	supplementDeadline?: string;
	/**
	 * the promised completion date (承诺办结日期) when a supplement deadline would have fallen after
	 * it and was brought forward to it (the reasons say so)
	 */
	deadlineClampedTo?: string;
	/** id of the working-day calendar that computed the deadlines */
	calendar?: string;
	/** problems in the form data or file references, by JSON pointer; never non-empty on acceptance */
	errors: Problem[];
	/** short reasons for people, in the requested locale */
	reasons: string[];
	/**
	 * `supplement` only: signing the commitment (承诺书) would make the application acceptable with
	 * tolerance for these materials, due by `supplementDeadline`
	 */
	toleranceOffer?: { materials: MaterialRef[]; supplementDeadline: string };
	/** `reject` only: the declared 不予受理情形 that hold */
	refusals?: { id: string; text: string }[];
	/** documents handed in that the guide lists but this case does not need: accepted and noted */
	extras?: ExtraMaterial[];
}
