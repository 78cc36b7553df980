import type { Problem } from '../item/types';

export type DecisionKind = 'accept' | 'accept-with-tolerance' | 'reject';

export interface MaterialRef {
	id: string;
	name: string;
}

export interface Decision {
	decision: DecisionKind;
	/** every material still needed (一次性告知: all at once) */
	missing: MaterialRef[];
	/** materials accepted as missing under tolerance, each with its own deadline */
	tolerated: (MaterialRef & { supplementDeadline: string })[];
	/** the latest supplement deadline (YYYY-MM-DD) when accepted with tolerance */
	supplementDeadline?: string;
	/** id of the working-day calendar that computed the deadlines */
	calendar?: string;
	/**
	 * true when a deadline reaches into a year whose holiday schedule is not loaded: it was counted on
	 * weekends only and will change once the schedule is loaded (absent when the count is final)
	 */
	provisional?: boolean;
	/** why the decision is provisional, in the requested locale (also among `reasons`) */
	provisionalReason?: string;
	/** the years counted on weekends only */
	provisionalYears?: number[];
	/** problems in the form data or file references, by JSON pointer */
	errors: Problem[];
	/** short reasons for people, in the requested locale */
	reasons: string[];
}
