// Items (事项), their drafts and revisions, the review workflow and publishing.
import Type, { type Static } from 'typebox';
import type { Item } from '../../domain/item/types';
import { DISPLAY_STATUSES, ITEM_KINDS, ITEM_STATUSES, REVIEW_STATES } from '../enums';
import { Closed, Day, Finding, Id, Nullable, PageInfo, PagingQuery, Timestamp } from './common';

export const ItemKind = Type.Enum(ITEM_KINDS);

/** A stored item document: the server accepts only documents the item module validates, so what it
 * answers is typed as the domain's Item (its own schema lives in src/lib/domain/item). */
export const ItemDocument = Type.Unsafe<Item>({
	type: 'object',
	description: 'an item document (src/lib/domain/item)'
});
/** The status the API shows (`scheduled`: published, the newest version takes effect later). */
export const Status = Type.Enum(DISPLAY_STATUSES);
export const ReviewState = Type.Enum(REVIEW_STATES);

/** A published version, as listed with an item. */
export const VersionSummary = Closed({
	n: Id,
	/** sha256 of the bundle */
	hash: Type.String(),
	effectiveFrom: Day,
	/** the revision published */
	revision: Id,
	publishedBy: Type.String(),
	approvedBy: Type.String(),
	publishedAt: Timestamp
});

export const ItemSummary = Closed({
	code: Type.String(),
	name: Type.String(),
	kind: ItemKind,
	/** department code */
	department: Type.String(),
	status: Status,
	revision: Id,
	/** number of the newest published version */
	latestVersion: Nullable(Id),
	updatedAt: Timestamp
});

export const ItemQuery = Closed({
	department: Type.Optional(Type.String({ description: 'department code' })),
	kind: Type.Optional(ItemKind),
	status: Type.Optional(Status),
	q: Type.Optional(Type.String({ description: 'text in the name or code' })),
	...PagingQuery
});

export const ItemPage = Closed({ items: Type.Array(ItemSummary), ...PageInfo });

export const ReviewComment = Closed({
	/** JSON pointer into the item document; null for a general comment */
	pointer: Nullable(Type.String()),
	text: Type.String(),
	author: Type.String(),
	createdAt: Timestamp
});

export const Review = Closed({
	id: Id,
	/** item code */
	item: Type.String(),
	itemName: Type.String(),
	department: Type.String(),
	revision: Id,
	revisionAuthor: Type.String(),
	state: ReviewState,
	submittedBy: Type.String(),
	submittedAt: Timestamp,
	reviewer: Nullable(Type.String()),
	decidedAt: Nullable(Timestamp),
	comments: Type.Array(ReviewComment)
});

export const ItemDetail = Closed({
	code: Type.String(),
	name: Type.String(),
	kind: ItemKind,
	department: Type.String(),
	status: Status,
	revision: Id,
	/** the current draft */
	document: ItemDocument,
	updatedAt: Timestamp,
	latestVersion: Nullable(VersionSummary),
	/** id of the review waiting for a decision */
	pendingReview: Nullable(Id),
	/** the newest reviews first, at most 20 */
	reviews: Type.Array(Review)
});

/** Exactly one of `template` and `document` (checked by the items service: 400). */
export const NewItem = Closed({
	/** a starter template's slug (GET /templates) */
	template: Type.Optional(Type.String()),
	/** an item document */
	document: Type.Optional(Type.Unknown()),
	/** department code; derived from the document's credit code when left out */
	department: Type.Optional(Type.String())
});

export const Draft = Closed({
	/** the revision the edit started from; another save since then answers 409 stale-revision */
	baseRevision: Type.Integer(),
	/** the item document (checked by the item module: 422) */
	document: Type.Unknown()
});

export const Saved = Closed({
	code: Type.String(),
	revision: Id,
	status: Type.Enum(ITEM_STATUSES),
	/** the review withdrawn by this save, when the item was in review */
	withdrawnReview: Nullable(Id)
});

export const RevisionSummary = Closed({
	n: Id,
	author: Type.String(),
	baseRevision: Nullable(Type.Integer()),
	createdAt: Timestamp
});

export const RevisionList = Closed({
	code: Type.String(),
	/** newest first */
	revisions: Type.Array(RevisionSummary)
});

export const Revision = Closed({
	code: Type.String(),
	n: Id,
	author: Type.String(),
	baseRevision: Nullable(Type.Integer()),
	createdAt: Timestamp,
	document: ItemDocument
});

/** No fields: the current revision is submitted. */
export const Submission = Closed({});

export const Publication = Closed({
	/** YYYY-MM-DD, today or later (checked by the publishing service: 422); default today */
	effectiveFrom: Type.Optional(Type.String())
});

export const Published = Closed({
	code: Type.String(),
	version: VersionSummary,
	/** findings that did not block publishing */
	findings: Type.Array(Finding)
});

export const Retirement = Closed({
	/** why the item is withdrawn (事项取消); not blank (checked by the service: 422) */
	reason: Type.String()
});

export const Retired = Closed({
	code: Type.String(),
	status: Type.Literal('retired'),
	reason: Type.String()
});

export const ReviewQuery = Closed({ state: Type.Optional(ReviewState) });

export const ReviewList = Closed({ reviews: Type.Array(Review) });

export const DecisionComment = Closed({
	/** JSON pointer into the item document (RFC 6901); null or absent for a general comment */
	pointer: Type.Optional(Nullable(Type.String())),
	/** not blank (checked by the workflow service: 400) */
	text: Type.String()
});

/** approve and return: returning needs at least one comment (checked by the service: 400). */
export const Decision = Closed({ comments: Type.Optional(Type.Array(DecisionComment)) });

export const Template = Closed({
	slug: Type.String(),
	code: Type.Optional(Type.String()),
	name: Type.Optional(Type.String()),
	kind: Type.Optional(ItemKind)
});

export const TemplateList = Closed({ templates: Type.Array(Template) });

export type ItemKind = Static<typeof ItemKind>;
export type Status = Static<typeof Status>;
export type ReviewState = Static<typeof ReviewState>;
export type VersionSummary = Static<typeof VersionSummary>;
export type ItemSummary = Static<typeof ItemSummary>;
export type ItemQuery = Static<typeof ItemQuery>;
export type ItemPage = Static<typeof ItemPage>;
export type ReviewComment = Static<typeof ReviewComment>;
export type Review = Static<typeof Review>;
export type ItemDetail = Static<typeof ItemDetail>;
export type NewItem = Static<typeof NewItem>;
export type Draft = Static<typeof Draft>;
export type Saved = Static<typeof Saved>;
export type RevisionSummary = Static<typeof RevisionSummary>;
export type Revision = Static<typeof Revision>;
export type Publication = Static<typeof Publication>;
export type Published = Static<typeof Published>;
export type Retired = Static<typeof Retired>;
export type DecisionComment = Static<typeof DecisionComment>;
export type Decision = Static<typeof Decision>;
export type Template = Static<typeof Template>;
