// 一件事一次办: a bundle of member items applied for with one form and decided with one verdict.
// In code it is a "one-thing" (OneThing), because "bundle" already names what compile() publishes
// for a single item (BUNDLE.md). Users see 一件事 / "one-thing service".
import type { Bundle, Submission } from '../compile/types';
import type { Decision } from '../acceptance/types';
import type {
	Problem,
	Contact,
	Department,
	JsonSchema,
	Location,
	ProcessStep,
	TimeLimit,
	UiSchema
} from '../item/types';

export const ONETHING_SCHEMA_VERSION = 1 as const;
export const ONETHING_FORMAT = 1 as const;

/** 主题: a life event of a person or a business event of an enterprise */
export type ThemeKind = 'life-event' | 'business-event';

/**
 * A member item, pinned to one published version or following the latest one. A pinned member
 * that gets a newer published version makes the one-thing stale: it must be re-reviewed before the
 * newer version is used.
 */
export interface OneThingMember {
	/** the member item's code */
	code: string;
	/** a published version number, or 'latest' (resolved when the one-thing is published) */
	pin: number | 'latest';
	/**
	 * optional: when the member applies at all (JSON Schema over the merged form data, e.g. only
	 * when "经营场所面积 > 50"); absent means always
	 */
	condition?: JsonSchema;
}

/**
 * How a shared field is entered once. Fields are shared when members mark them with the same
 * semantic key (`"ui:semantic": "<key>"` in the member's uiSchema, vocabulary in ./vocabulary.ts);
 * an editor may also map fields by hand or keep marked fields apart.
 */
export interface SharedFieldMapping {
	/** a vocabulary key, or `custom:<name>` for a hand-made mapping */
	key: string;
	/** the member fields entered through this one field: member code + path of property names */
	fields: { member: string; path: string[] }[];
	/** false: the editor chose to keep these fields apart although the keys match */
	merge?: boolean;
}

/** The one-thing's own guide: one window, one joint process and time limit. */
export interface OneThingGuide {
	/** 一件事 summary for applicants */
	summary: string;
	/** 受理条件 common to the whole one-thing (members keep their own too) */
	conditions?: string[];
	/** merged process (一窗受理 → 并联审批 → 统一出件) */
	process: ProcessStep[];
	/** joint promised time limit; at most the longest member's promised limit (lint) */
	jointTimeLimit: TimeLimit;
	/** the one window where everything is handed in */
	window: Location;
	consult: Contact;
	complaint?: Contact;
}

/** The authored one-thing document (stored, reviewed and published like an item). */
export interface OneThing {
	$schema?: string;
	schemaVersion: typeof ONETHING_SCHEMA_VERSION;
	/** marks the document as a one-thing (items have no such field) */
	documentType: 'onething';
	/** own code, e.g. YJS-… (matched by the same code route as items) */
	code: string;
	name: string;
	theme: { kind: ThemeKind; name: string };
	/** 牵头部门 */
	leadDepartment: Department;
	members: OneThingMember[];
	sharedFields?: SharedFieldMapping[];
	guide: OneThingGuide;
}

/** A member as published inside the one-thing bundle. */
export interface PublishedMember {
	code: string;
	/** the member's published version the one-thing was compiled from */
	version: number;
	name: string;
	department: Department;
	/** the member bundle's hash: the one-thing is stale when the member publishes another */
	hash: string;
	/** the member's own bundle, so any portal can decide the member on its slice */
	bundle: Bundle;
	/** when the member applies (copied from OneThingMember.condition) */
	condition?: JsonSchema;
	/**
	 * how to cut this member's submission out of the merged one: member form path → merged form
	 * path, member material id → merged material id
	 */
	slice: {
		fields: { from: string[]; to: string[] }[];
		materials: { from: string; to: string }[];
	};
}

/** The published one-thing: plain JSON Schema 2020-12 + uiSchema + acceptance schemas, like a Bundle. */
export interface OneThingBundle {
	oneThingFormat: typeof ONETHING_FORMAT;
	documentType: 'onething';
	code: string;
	name: string;
	theme: { kind: ThemeKind; name: string };
	leadDepartment: Department;
	guide: OneThingGuide;
	members: PublishedMember[];
	/** the merged application: shared fields once, then each member's own fields; merged materials */
	applicationSchema: JsonSchema;
	uiSchema: UiSchema;
	/** over the merged submission: every member complete / every member at least tolerable */
	acceptance: { complete: JsonSchema; tolerant: JsonSchema | false };
	hash: string;
}

/** A conflict compile and lint report, naming the members involved. */
export interface OneThingConflict {
	key: string;
	members: string[];
	/** e.g. 'type-mismatch', 'format-mismatch', 'enum-mismatch', 'material-mismatch' */
	code: string;
	message: string;
}

/** One verdict for the whole application, with each member's own. */
export interface OneThingDecision {
	/** the strictest of the member verdicts: reject > supplement > accept-with-tolerance > accept */
	decision: Decision['decision'];
	members: {
		code: string;
		name: string;
		department: Department;
		/** false when the member's condition does not hold: nothing is decided for it */
		applies: boolean;
		decision?: Decision;
		/** what this department receives: its slice of the submission */
		slice?: Submission;
	}[];
	/** everything to supply or correct, once, deduplicated across members (一次性告知) */
	missing: Decision['missing'];
	/**
	 * the members' field and file problems located in the merged submission (a shared field's
	 * problem once), e.g. `/shared/mobile`, `/<member code>/business/area`, `/materials/site-plan`
	 */
	errors?: Problem[];
	/** the earliest member supplement deadline, when any member was accepted with tolerance */
	supplementDeadline?: string;
	reasons: string[];
}
