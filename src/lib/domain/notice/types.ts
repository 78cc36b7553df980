import type { DecisionKind } from '../acceptance/types';
import type { Locale } from '../i18n';

/** One list on a notice: a heading and its entries (a material with its deadline, a reason…). */
export interface NoticeList {
	/** what the list is, so a renderer or a test can find it: materials, corrections… */
	role: 'tolerated' | 'materials' | 'corrections' | 'offer' | 'refusals' | 'members';
	heading: string;
	entries: { text: string; note?: string }[];
}

/**
 * A decision as the document the window hands out: every text already in the requested locale,
 * laid out by a renderer (printable HTML for the CLI, the portal and the designer's simulator).
 */
export interface Notice {
	kind: DecisionKind;
	locale: Locale;
	title: string;
	/** 文号 with blanks for the office to fill in */
	number: string;
	/** the salutation line, with the applicant's name or a blank to write it on */
	addressee: string;
	item: { name: string; code: string; line: string };
	/** a 一件事 notice: one line per member item with its own verdict (also the `members` list) */
	oneThing?: boolean;
	department: { name: string; creditCode: string; line: string };
	/** paragraphs before the lists */
	body: string[];
	lists: NoticeList[];
	/** paragraphs after the lists (deadline, commitment, what to do next) */
	closing: string[];
	/** the latest supplement deadline (YYYY-MM-DD), for 容缺受理 */
	supplementDeadline?: string;
	/** 承诺书 text, for 容缺受理 */
	commitment?: string;
	/** 行政复议 / 行政诉讼, for 不予受理 */
	remedies?: { heading: string; lines: string[] };
	/** enquiry and complaint lines from the guide */
	contacts: string[];
	seal: string;
	/** the decision date, formatted */
	date: string;
	signature: string;
}
