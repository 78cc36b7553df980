// Compatibility of a published application schema for the portals that consume it. The vocabulary
// follows schema-registry compatibility modes, stated in terms of data:
//   backward — every document valid under the OLD schema is valid under the NEW one
//              (a portal upgraded to the new schema still accepts what applicants saved before);
//   forward  — every document valid under the NEW schema is valid under the OLD one
//              (a portal still on the old schema accepts what the new form produces);
//   both     — backward and forward (schema-registry FULL);
//   breaking — neither;
//   none     — the two schemas are identical in every assertion and annotation: nothing to judge.
import type { JsonSchema } from '../../item/types';

export type { JsonSchema };

export type CompatVerdict = 'both' | 'backward' | 'forward' | 'breaking' | 'none';
export type VersionBump = 'major' | 'minor' | 'patch' | 'none';

export type CompatCode =
	| 'field-added'
	| 'field-added-open'
	| 'field-removed'
	| 'field-removed-open'
	| 'required-added'
	| 'required-removed'
	| 'type-narrowed'
	| 'type-widened'
	| 'type-changed'
	| 'enum-value-added'
	| 'enum-value-dropped'
	| 'enum-added'
	| 'enum-removed'
	| 'bound-tightened'
	| 'bound-loosened'
	| 'multiple-of-changed'
	| 'pattern-added'
	| 'pattern-removed'
	| 'pattern-changed'
	| 'format-added'
	| 'format-removed'
	| 'format-changed'
	| 'closed'
	| 'opened'
	| 'unique-items-added'
	| 'unique-items-removed'
	| 'conditional-added'
	| 'conditional-removed'
	| 'subschema-added'
	| 'subschema-removed'
	| 'schema-false'
	| 'schema-true'
	| 'undecidable'
	| 'annotation';

export interface CompatChange {
	/** JSON pointer into the new schema (into the old one when the node only exists there) */
	pointer: string;
	/** data path of the affected value, dotted ('applicant.name'; array items are '*'); '' is the root */
	field: string;
	keyword: string;
	/** data valid under the old schema stays valid under the new one */
	backward: boolean;
	/** data valid under the new schema is valid under the old one */
	forward: boolean;
	code: CompatCode;
	/** human-readable reason (Simplified Chinese by default) */
	reason: string;
	/** only an annotation changed (title, description, default, …): a patch */
	annotation?: boolean;
	before?: unknown;
	after?: unknown;
}

export interface CompatResult {
	verdict: CompatVerdict;
	bump: VersionBump;
	changes: CompatChange[];
}
