// The semantic diff report: what changed between two versions of an item, told as sentences a
// reviewer can read, judged for the applicant (stricter / looser) and, for the application form,
// for the portals that consume it (see ./compat/types.ts for the compatibility vocabulary).
import type { CompatibilityPromise } from '../item/types';
import type { CompatChange, CompatVerdict, VersionBump } from './compat/types';

export type DiffGroup = 'identity' | 'guide' | 'materials' | 'tolerance' | 'form';
export const DIFF_GROUPS: readonly DiffGroup[] = [
	'identity',
	'guide',
	'materials',
	'tolerance',
	'form'
];

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';
/** what the change means for the applicant: more to do / less to do / neither */
export type ApplicantEffect = 'stricter' | 'looser' | 'neutral';

/** one piece of a character-level text diff (Chinese has no spaces to split words on) */
export interface TextPart {
	added?: boolean;
	removed?: boolean;
	value: string;
}

export interface FieldCompat {
	backward: boolean;
	forward: boolean;
	verdict: CompatVerdict;
	changes: CompatChange[];
}

export interface Change {
	group: DiffGroup;
	kind: ChangeKind;
	/** machine-readable element, e.g. 'guide.promisedTimeLimit', 'material.necessity', 'form.field' */
	code: string;
	/** where in each input document; absent on the side where the thing does not exist */
	pointers: { old?: string; new?: string };
	before?: unknown;
	after?: unknown;
	sentence: string;
	applicant: ApplicantEffect;
	textDiff?: TextPart[];
	/** form changes: what portals see */
	compat?: FieldCompat;
	/** the change breaks the compatibility the item promises its portals */
	breaksPromise?: boolean;
}

export interface DiffSummary {
	total: number;
	byGroup: Record<DiffGroup, number>;
	stricter: number;
	looser: number;
	neutral: number;
	/** portal compatibility of the compiled application schema */
	verdict: CompatVerdict;
	/** suggested version bump of the published item */
	bump: VersionBump;
	/** one line for people */
	headline: string;
}

export interface DiffReport {
	oldCode: string;
	newCode: string;
	name: string;
	groups: Record<DiffGroup, Change[]>;
	compat: {
		verdict: CompatVerdict;
		bump: VersionBump;
		changes: CompatChange[];
		promise: CompatibilityPromise;
		promiseKept: boolean;
	};
	summary: DiffSummary;
	/** things the diff had to work around, e.g. an item that does not compile */
	warnings: string[];
}
