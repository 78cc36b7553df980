// The law registry (issue 16 part 5): laws, their recorded amendments and repeals, what a change
// touches and the drafts it opened, and the search for items citing a law's article. The rules are
// src/lib/domain/law.
import Type, { type Static } from 'typebox';
import { LAW_ID_PATTERN, LAW_LEVELS } from '../../domain/law/types';
import { DISPLAY_STATUSES } from '../enums';
import { Closed, Day, Id, Nullable, Timestamp } from './common';

export const LawId = Type.String({
	pattern: LAW_ID_PATTERN,
	description: 'law registry id (lower-case letters, digits, hyphens)'
});

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const ArticleNumber = Type.String({ minLength: 1, maxLength: 40, description: 'e.g. 第十六条' });

export const LawArticle = Closed({
	number: ArticleNumber,
	text: Type.String({ maxLength: 20000 })
});

export const NewLaw = Closed({
	id: LawId,
	/** 名称, with or without 《》 */
	title: Text(200),
	docNumber: Type.Optional(Type.String({ maxLength: 100 })),
	issuer: Text(100),
	level: Type.Enum(LAW_LEVELS),
	effectiveOn: Day,
	repealedOn: Type.Optional(Day),
	articles: Type.Array(LawArticle, { maxItems: 2000 })
});

export const Law = Closed({
	id: LawId,
	title: Type.String(),
	docNumber: Type.Optional(Type.String()),
	issuer: Type.String(),
	level: Type.Enum(LAW_LEVELS),
	effectiveOn: Day,
	repealedOn: Type.Optional(Day),
	articles: Type.Array(LawArticle),
	createdAt: Timestamp,
	updatedAt: Timestamp
});

export const LawList = Closed({ laws: Type.Array(Law) });

const Renumbering = Closed({ from: ArticleNumber, to: ArticleNumber });

/** Lists left out are empty. */
export const LawAmendment = Closed({
	kind: Type.Literal('amendment'),
	/** e.g. 2026年修正 */
	title: Text(100),
	docNumber: Type.Optional(Type.String({ maxLength: 100 })),
	effectiveOn: Day,
	amended: Type.Optional(Type.Array(LawArticle, { maxItems: 2000 })),
	renumbered: Type.Optional(Type.Array(Renumbering, { maxItems: 2000 })),
	deleted: Type.Optional(Type.Array(ArticleNumber, { maxItems: 2000 })),
	added: Type.Optional(Type.Array(LawArticle, { maxItems: 2000 }))
});

export const LawRepeal = Closed({
	kind: Type.Literal('repeal'),
	title: Text(100),
	docNumber: Type.Optional(Type.String({ maxLength: 100 })),
	effectiveOn: Day
});

export const LawChange = Type.Union([LawAmendment, LawRepeal]);

export const CitationImpact = Closed({
	/** the basis in the item document, e.g. /guide/legalBasis/0 */
	pointer: Type.String(),
	field: Type.Enum(['legalBasis', 'implementationBasis']),
	article: Nullable(Type.String()),
	outcome: Type.Enum(['updated', 'needs-decision']),
	reason: Nullable(Type.Enum(['article-deleted', 'law-repealed'])),
	newArticle: Nullable(Type.String())
});

export const ItemImpact = Closed({
	code: Type.String(),
	name: Type.String(),
	department: Type.String(),
	revision: Type.Integer(),
	citations: Type.Array(CitationImpact),
	/** why no draft can be opened for it now */
	blocked: Nullable(Type.Enum(['retired', 'archived', 'in-review']))
});

export const LawChangeView = Closed({
	id: Id,
	change: LawChange,
	recordedBy: Type.String(),
	recordedAt: Timestamp,
	appliedBy: Nullable(Type.String()),
	appliedAt: Nullable(Timestamp),
	/** before it is applied: every item and article it touches */
	impact: Type.Array(ItemImpact),
	/** once applied: the drafts it opened */
	drafts: Type.Array(
		Closed({
			code: Type.String(),
			name: Type.String(),
			department: Type.String(),
			revision: Type.Integer(),
			review: Nullable(Id),
			citations: Type.Array(CitationImpact)
		})
	)
});

export const LawDetail = Closed({ law: Law, changes: Type.Array(LawChangeView) });

/** Applying names no choices: every affected item is handled. */
export const LawChangeApplication = Closed({});

export const LawChangeApplied = Closed({
	change: Id,
	opened: Type.Array(
		Closed({
			code: Type.String(),
			name: Type.String(),
			revision: Type.Integer(),
			/** the review it was submitted to; null: left a draft for its editors */
			review: Nullable(Id),
			lintErrors: Type.Integer({ minimum: 0 }),
			citations: Type.Array(CitationImpact)
		})
	),
	skipped: Type.Array(
		Closed({
			code: Type.String(),
			name: Type.String(),
			reason: Type.Enum(['retired', 'archived', 'in-review'])
		})
	)
});

export const CitationQuery = Closed({
	/** a registry id, or a law's title or 文号 as written */
	law: Text(200),
	/** an article, e.g. 第十六条 or 16; absent: any citation of the law */
	article: Type.Optional(Type.String({ minLength: 1, maxLength: 40 }))
});

export const Citations = Closed({
	/** the registered law the query named; null when it is looked for as free text */
	law: Nullable(Law),
	items: Type.Array(
		Closed({
			code: Type.String(),
			name: Type.String(),
			department: Type.String(),
			status: Type.Enum(DISPLAY_STATUSES),
			revision: Type.Integer(),
			citations: Type.Array(
				Closed({
					pointer: Type.String(),
					law: Type.String(),
					lawId: Nullable(Type.String()),
					article: Nullable(Type.String()),
					needsDecision: Nullable(Type.String())
				})
			)
		})
	)
});

export type NewLaw = Static<typeof NewLaw>;
export type LawChangeInput = Static<typeof LawChange>;
export type CitationQuery = Static<typeof CitationQuery>;
