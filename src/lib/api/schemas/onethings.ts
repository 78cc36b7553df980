// 一件事 (one-things): bundles of member items authored, reviewed and published like an item, and
// served to portals as one form with one verdict. The documents are the domain's
// (src/lib/domain/onething/types.ts); the workflow, revisions and reviews are the items'.
import Type, { type Static } from 'typebox';
import type { OneThing, OneThingBundle, OneThingDecision } from '../../domain/onething/types';
import type { SharedFieldSuggestion as SharedFieldSuggestionOf } from '../../domain/onething/suggest';
import { ONETHING_THEME_KINDS } from '../enums';
import {
	Closed,
	Day,
	Finding,
	Id,
	Nullable,
	PageInfo,
	PagingQuery,
	ProblemError,
	Timestamp
} from './common';
import { MemberPin, Review, StaleMember, Status, VersionSummary } from './items';

export const OneThingDocument = Type.Unsafe<OneThing>({
	type: 'object',
	description: 'a one-thing document (src/lib/domain/onething/types.ts, OneThing)'
});

/** The published one-thing, byte for byte as stored (BUNDLE.md, "One-things"). */
export const OneThingBundleDocument = Type.Unsafe<OneThingBundle>({
	type: 'object',
	description:
		'the published one-thing (src/lib/domain/onething/types.ts, OneThingBundle): merged application schema, uiSchema, acceptance schemas and each member bundle with its slice'
});

/** A shared field suggested for the document (the domain's suggestSharedFields). */
export const SharedFieldSuggestion = Type.Unsafe<SharedFieldSuggestionOf>({
	type: 'object',
	description:
		'a suggested shared field: key, strength (key | title), fields, reason, decided (src/lib/domain/onething/suggest.ts)'
});

/** A conflict found by compile: same key, incompatible types or rules, with the members named. */
export const OneThingConflict = Closed({
	key: Type.String(),
	members: Type.Array(Type.String()),
	code: Type.String(),
	message: Type.String()
});

/** A member with its pin resolved against what is published now. */
export const ResolvedMember = Closed({
	code: Type.String(),
	pin: MemberPin,
	/** null: the member has no published version (or not the pinned one): it cannot be compiled */
	version: Nullable(Id),
	name: Nullable(Type.String())
});

export const OneThingSummary = Closed({
	code: Type.String(),
	name: Type.String(),
	/** the lead department's code (牵头部门) */
	department: Type.String(),
	status: Status,
	revision: Id,
	latestVersion: Nullable(Id),
	/** member item codes, in the document's order */
	members: Type.Array(Type.String()),
	/** whether any member changed since it was compiled, reviewed or pinned */
	stale: Type.Boolean(),
	updatedAt: Timestamp,
	archived: Type.Boolean()
});

export const OneThingQuery = Closed({
	department: Type.Optional(Type.String({ description: 'lead department code' })),
	status: Type.Optional(Status),
	q: Type.Optional(Type.String({ description: 'text in the name or code' })),
	archived: Type.Optional(Type.Boolean({ description: 'true: archived ones only' })),
	...PagingQuery
});

export const OneThingPage = Closed({ onethings: Type.Array(OneThingSummary), ...PageInfo });

export const OneThingDetail = Closed({
	code: Type.String(),
	name: Type.String(),
	department: Type.String(),
	status: Status,
	revision: Id,
	/** the current draft */
	document: OneThingDocument,
	updatedAt: Timestamp,
	latestVersion: Nullable(VersionSummary),
	/** every published version, oldest first */
	versions: Type.Array(VersionSummary),
	pendingReview: Nullable(Id),
	/** the newest reviews first, at most 20 */
	reviews: Type.Array(Review),
	staleMembers: Type.Array(StaleMember),
	archived: Type.Boolean(),
	/** 停止: why and when it was retired (POST /onethings/{code}/retire); null while it is not */
	retired: Nullable(Closed({ reason: Type.String(), retiredAt: Timestamp })),
	/** whether the current draft passes every one-thing check (only then can it be submitted) */
	valid: Type.Boolean()
});

/**
 * Blank (`name`, optional `code` and `department`) or from a template (`template`, a slug of
 * GET /onething-templates). `template` with `name` or `code` overrides the template's. A code taken
 * by an item or a one-thing answers 409 `item-exists`.
 */
export const NewOneThing = Closed({
	template: Type.Optional(Type.String()),
	/** default for a blank one: YJS-<lead department>-<date>-<n> */
	code: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
	name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
	/** lead department code; default the editor's only department */
	department: Type.Optional(Type.String())
});

export const OneThingTemplate = Closed({
	slug: Type.String(),
	code: Type.String(),
	name: Type.String(),
	themeKind: Type.Enum(ONETHING_THEME_KINDS),
	/** member item codes */
	members: Type.Array(Type.String())
});

export const OneThingTemplateList = Closed({ templates: Type.Array(OneThingTemplate) });

/** Preview the given document (default: the saved draft) against what the members publish now. */
export const PreviewRequest = Closed({
	document: Type.Optional(Type.Unknown())
});

export const OneThingPreview = Closed({
	/** null when the document or a member cannot be compiled (see errors and conflicts) */
	bundle: Nullable(OneThingBundleDocument),
	conflicts: Type.Array(OneThingConflict),
	/** shared fields the members' semantic keys suggest */
	suggestions: Type.Array(SharedFieldSuggestion),
	members: Type.Array(ResolvedMember),
	/** problems of the document itself and members that cannot be resolved, located */
	errors: Type.Array(ProblemError)
});

export const OneThingPublished = Closed({
	code: Type.String(),
	version: VersionSummary,
	/** the member versions compiled into it */
	members: Type.Array(Closed({ code: Type.String(), version: Id, hash: Type.String() })),
	/** lint findings that did not block publishing */
	findings: Type.Array(Finding)
});

// ---- portal ----

export const PortalOneThingQuery = Closed({
	q: Type.Optional(Type.String({ description: 'text in the name, code or theme' })),
	department: Type.Optional(Type.String({ description: 'lead department code' })),
	...PagingQuery
});

export const PortalOneThing = Closed({
	code: Type.String(),
	name: Type.String(),
	theme: Closed({ kind: Type.Enum(ONETHING_THEME_KINDS), name: Type.String() }),
	leadDepartment: Closed({ code: Type.String(), name: Type.String() }),
	members: Type.Array(Closed({ code: Type.String(), name: Type.String(), version: Id })),
	/** the version in force today */
	version: Id,
	hash: Type.String(),
	effectiveFrom: Day,
	href: Type.String()
});

export const PortalOneThingPage = Closed({
	onethings: Type.Array(PortalOneThing),
	...PageInfo
});

/** decideOneThing(): one verdict with each member's (src/lib/domain/onething/types.ts). */
export const OneThingVerdict = Type.Unsafe<OneThingDecision>({
	type: 'object',
	required: ['decision', 'members', 'missing', 'reasons'],
	properties: {
		decision: { type: 'string' },
		members: { type: 'array' },
		missing: { type: 'array' },
		supplementDeadline: { type: 'string', format: 'date' },
		reasons: { type: 'array', items: { type: 'string' } }
	},
	description: 'decideOneThing() of the version in force on the date, with the calendar in force'
});

export const OneThingDecided = Closed({
	code: Type.String(),
	version: Id,
	date: Day,
	decision: OneThingVerdict
});

/** A member item retired since the one-thing version in force compiled it. */
export const RetiredMember = Closed({
	code: Type.String(),
	name: Type.String(),
	reason: Type.String(),
	retiredAt: Type.String()
});

export const PortalOneThingRetiredMembers = Closed({
	code: Type.String(),
	/** the version in force */
	version: Id,
	members: Type.Array(RetiredMember)
});

export type OneThingConflictView = Static<typeof OneThingConflict>;
export type ResolvedMember = Static<typeof ResolvedMember>;
export type OneThingSummary = Static<typeof OneThingSummary>;
export type OneThingQuery = Static<typeof OneThingQuery>;
export type OneThingPage = Static<typeof OneThingPage>;
export type OneThingDetail = Static<typeof OneThingDetail>;
export type NewOneThing = Static<typeof NewOneThing>;
export type OneThingTemplate = Static<typeof OneThingTemplate>;
export type OneThingPreview = Static<typeof OneThingPreview>;
export type OneThingPublished = Static<typeof OneThingPublished>;
export type PortalOneThing = Static<typeof PortalOneThing>;
export type PortalOneThingPage = Static<typeof PortalOneThingPage>;
export type OneThingDecided = Static<typeof OneThingDecided>;
export type RetiredMember = Static<typeof RetiredMember>;
export type PortalOneThingRetiredMembers = Static<typeof PortalOneThingRetiredMembers>;
