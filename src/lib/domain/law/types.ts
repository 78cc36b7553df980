// The law registry (法规库, issue 16 part 5): laws and regulations that items cite as shared
// references instead of free text, and the amendments (修正 / 修订) and repeals recorded against them.

/** 效力级别, highest first. */
export const LAW_LEVELS = [
	'law',
	'administrative-regulation',
	'local-regulation',
	'departmental-rule',
	'local-rule',
	'normative-document'
] as const;
export type LawLevel = (typeof LAW_LEVELS)[number];

/** A registry id: lower-case letters, digits and hyphens, so it can stand in a URL path. */
export const LAW_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';

export interface LawArticle {
	/** 条款号 as written, e.g. 第十六条 */
	number: string;
	/** 条款内容 */
	text: string;
}

/** A law or regulation as in force now (its amendments applied). */
export interface Law {
	/** registry id, e.g. `food-safety-law` */
	id: string;
	/** 名称 without the book-title marks, e.g. 中华人民共和国食品安全法 */
	title: string;
	/** 文号, e.g. 主席令第二十一号 */
	docNumber?: string;
	/** 制定机关 */
	issuer: string;
	level: LawLevel;
	/** 施行日期 (YYYY-MM-DD) */
	effectiveOn: string;
	/** 废止日期 (YYYY-MM-DD) */
	repealedOn?: string;
	articles: LawArticle[];
}

/** 修正 / 修订: what one amendment does to the articles. */
export interface LawAmendment {
	kind: 'amendment';
	/** e.g. 2026年修正 */
	title: string;
	/** the amending decision's 文号 */
	docNumber?: string;
	/** 施行日期 of the amended text */
	effectiveOn: string;
	/** articles whose text changes (numbered as after the amendment) */
	amended: LawArticle[];
	/** articles that move (old → new number) */
	renumbered: { from: string; to: string }[];
	/** articles removed (old numbers) */
	deleted: string[];
	/** articles added (new numbers) */
	added: LawArticle[];
}

/** 废止 */
export interface LawRepeal {
	kind: 'repeal';
	title: string;
	docNumber?: string;
	effectiveOn: string;
}

export type LawChange = LawAmendment | LawRepeal;

/** Where in an item document a basis sits. */
export type BasisField = 'legalBasis' | 'implementationBasis';
