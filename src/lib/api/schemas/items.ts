// Items (事项), their drafts and revisions, the review workflow and publishing.
import Type, { type Static } from 'typebox';
import type { Item } from '../../domain/item/types';
import {
	CHECKPOINT_KINDS,
	DOCUMENT_TYPES,
	CHECKPOINT_LABEL_MAX,
	DISPLAY_STATUSES,
	ITEM_KINDS,
	ITEM_STATUSES,
	REVIEW_STATES
} from '../enums';
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
	updatedAt: Timestamp,
	/** put away by its editors (only listed with `archived=true`) */
	archived: Type.Boolean()
});

export const ItemQuery = Closed({
	department: Type.Optional(Type.String({ description: 'department code' })),
	kind: Type.Optional(ItemKind),
	status: Type.Optional(Status),
	q: Type.Optional(Type.String({ description: 'text in the name or code' })),
	archived: Type.Optional(
		Type.Boolean({ description: 'true: archived items only; default: none of them' })
	),
	mine: Type.Optional(
		Type.Boolean({ description: "only items whose current draft is the signed-in user's" })
	),
	waiting: Type.Optional(
		Type.Boolean({
			description:
				'only items waiting for the signed-in user: returned or approved (editors), in review (reviewers)'
		})
	),
	...PagingQuery
});

export const ItemPage = Closed({ items: Type.Array(ItemSummary), ...PageInfo });

/** Items and one-things (一件事) share one code namespace and one workflow; this tells them apart. */
export const DocumentType = Type.Enum(DOCUMENT_TYPES);

/** A one-thing member's pin: a published version number or 'latest'. */
export const MemberPin = Type.Union([Id, Type.Literal('latest')]);

/**
 * A one-thing member whose published version is not the one the one-thing was compiled from
 * (published), submitted with (in review, approved), or pinned to (a draft pinned to a number):
 * the one-thing must be re-reviewed and re-published before the member's newer version is used.
 */
export const StaleMember = Closed({
	code: Type.String(),
	/** the member's name as the catalog knows it */
	name: Type.String(),
	pin: MemberPin,
	/** the version compiled, reviewed or pinned */
	compiled: Id,
	/** the member's newest published version; null when it has none or is retired */
	current: Nullable(Id)
});

export const ReviewComment = Closed({
	/** JSON pointer into the item document; null for a general comment */
	pointer: Nullable(Type.String()),
	text: Type.String(),
	author: Type.String(),
	createdAt: Timestamp
});

export const Review = Closed({
	id: Id,
	/** what is reviewed: an item or a one-thing (一件事) */
	type: DocumentType,
	/** item (or one-thing) code */
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
	comments: Type.Array(ReviewComment),
	/** a one-thing's members that published another version since it was submitted (成员事项已变更，
	 * 需重新审核): it cannot be approved as it is; always empty for an item and a decided review */
	staleMembers: Type.Array(StaleMember)
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
	reviews: Type.Array(Review),
	archived: Type.Boolean(),
	/** whether the current draft passes every item check (drafts are stored with problems; only a
	 * valid one can be submitted) */
	valid: Type.Boolean()
});

/** Exactly one of `template`, `document` and `claim` (checked by the service: 400). A live item of
 * the department with the same name answers 409 `duplicate-name`. */
export const NewItem = Closed({
	/** a starter template's slug (GET /templates) */
	template: Type.Optional(Type.String()),
	/** an item document */
	document: Type.Optional(Type.Unknown()),
	/** 认领: the code of a published item (base catalog) to implement locally; the new item names it
	 * in `base` and starts from its newest version */
	claim: Type.Optional(Type.String()),
	/** department code; derived from the document's credit code when left out */
	department: Type.Optional(Type.String())
});

export const Draft = Closed({
	/** the revision the edit started from; another save since then answers 409 stale-revision */
	baseRevision: Type.Integer({ minimum: 0, maximum: 2147483647 }),
	/** the item document: stored even with problems (`valid: false` in the answer); refused with 422
	 * only when it cannot be stored (not an object, too large or deep, unstorable text, unsafe
	 * patterns) */
	document: Type.Unknown()
});

export const Saved = Closed({
	code: Type.String(),
	revision: Id,
	status: Type.Enum(ITEM_STATUSES),
	/** always null: an item in review is withdrawn explicitly (POST …/withdraw) before it changes */
	withdrawnReview: Nullable(Id),
	/** whether the stored draft passes every item check */
	valid: Type.Boolean()
});

export const Checkpoint = Closed({
	/** what marked the revision: created, named (by its editor), restored, submitted, returned,
	 * approved, withdrawn, published */
	kind: Type.Enum(CHECKPOINT_KINDS),
	/** who marked it */
	by: Type.String(),
	at: Timestamp,
	/** the editor's name for a named checkpoint; the version number for a published one */
	label: Type.Optional(Type.String()),
	/** a restored revision: the revision whose content it brings back */
	from: Type.Optional(Id)
});

export const RevisionSummary = Closed({
	n: Id,
	author: Type.String(),
	baseRevision: Nullable(Type.Integer()),
	createdAt: Timestamp,
	/** the last save into it: an editor's autosaves in one sitting move one working revision forward
	 * (its number rises with each save, so numbers in the history have gaps) */
	savedAt: Timestamp,
	/** how many saves it holds */
	saves: Id,
	/** empty for a working revision */
	checkpoints: Type.Array(Checkpoint)
});

/** 恢复此修订: the revision the editor's copy is based on (another save since answers 409). */
export const Restoration = Closed({
	baseRevision: Type.Integer({ minimum: 0, maximum: 2147483647 })
});

/** 保存检查点: a name for the current revision. */
export const CheckpointRequest = Closed({
	baseRevision: Type.Integer({ minimum: 0, maximum: 2147483647 }),
	label: Type.String({ minLength: 1, maxLength: CHECKPOINT_LABEL_MAX })
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

/** 划转 (between peers) or 下放 (to a lower level) to another implementing department */
export const Transfer = Closed({
	/** the receiving department's code */
	department: Type.String({ minLength: 1 }),
	mode: Type.Optional(Type.Union([Type.Literal('transfer'), Type.Literal('delegate')])),
	/** 划转 or 下放 document */
	basis: Type.Optional(Type.String())
});

const SplitPart = Closed({
	code: Type.String({ minLength: 1 }),
	name: Type.String({ minLength: 1 }),
	materials: Type.Optional(
		Type.Array(Type.String({ minLength: 1 }), {
			uniqueItems: true,
			description:
				'ids (materials[].id) of the 申请材料 this new item keeps; absent: all of them. Every material must be kept by some part; an id the item does not have is a 422 naming it (/parts/{i}/materials/{j})'
		})
	)
});

/** 合并: the items merged (published ones, two or more) and the new item they become */
export const Merge = Closed({
	codes: Type.Array(Type.String({ minLength: 1 }), { minItems: 2 }),
	code: Type.String({ minLength: 1 }),
	name: Type.String({ minLength: 1 }),
	department: Type.Optional(
		Type.String({
			minLength: 1,
			description:
				"code of the new item's department (实施主体, GET /departments); absent: the first merged item's department. Unknown: 422 at /department"
		})
	),
	basis: Type.Optional(Type.String())
});

/** 拆分: the new items (two or more) a published item is split into */
export const Split = Closed({
	parts: Type.Array(SplitPart, { minItems: 2 }),
	basis: Type.Optional(Type.String())
});

/** The new items (drafts naming their predecessors) and the retired predecessors' last versions */
export const LineageResult = Closed({
	successors: Type.Array(Type.String()),
	predecessors: Type.Array(Closed({ code: Type.String(), lastVersion: Type.Integer() }))
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

/** A comment the reviewer is still writing, kept by the server until the decision is sent. */
export const CommentDraft = Closed({
	/** JSON pointer of the change commented on; null for the general comment */
	pointer: Nullable(Type.String()),
	/** the change's sentence, to show what the comment is about */
	about: Type.String({ maxLength: 2000 }),
	text: Type.String({ maxLength: 20000 })
});

/** The reviewer's whole set of drafts on one review (PUT replaces it). */
export const CommentDrafts = Closed({ comments: Type.Array(CommentDraft) });

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
export type DocumentType = Static<typeof DocumentType>;
export type StaleMember = Static<typeof StaleMember>;
export type ReviewComment = Static<typeof ReviewComment>;
export type Review = Static<typeof Review>;
export type ItemDetail = Static<typeof ItemDetail>;
export type NewItem = Static<typeof NewItem>;
export type Draft = Static<typeof Draft>;
export type Saved = Static<typeof Saved>;
export type RevisionSummary = Static<typeof RevisionSummary>;
export type Checkpoint = Static<typeof Checkpoint>;
export type Revision = Static<typeof Revision>;
export type Publication = Static<typeof Publication>;
export type Published = Static<typeof Published>;
export type Retired = Static<typeof Retired>;
export type Transfer = Static<typeof Transfer>;
export type Merge = Static<typeof Merge>;
export type Split = Static<typeof Split>;
export type LineageResult = Static<typeof LineageResult>;
export type DecisionComment = Static<typeof DecisionComment>;
export type Decision = Static<typeof Decision>;
export type Template = Static<typeof Template>;
export type CommentDraft = Static<typeof CommentDraft>;
export type CommentDrafts = Static<typeof CommentDrafts>;
