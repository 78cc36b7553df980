// Shapes the review pages receive from their server loads. Reports and findings come from the
// domain core unchanged; these only add who, when and which versions were compared.
import type { StaleMember } from '$lib/domain/onething/staleness';
import type { Bundle } from '$lib/domain/compile/types';
import type { DiffReport, DeviationReport } from '$lib/domain/diff';
import type { LintDelta } from '$lib/domain/lint';
import type { Material } from '$lib/domain/item/types';
import type { DisplayStatus, ReviewState, Role } from '$lib/domain/workflow';
import type { PlainReviewKey } from './messages';

export type { DisplayStatus, LintDelta, ReviewState };

export interface Me {
	username: string;
	role: Role;
}

export interface CommentView {
	pointer: string | null;
	text: string;
	author: string;
	createdAt: string;
}

export interface ReviewSummary {
	id: number;
	revision: number;
	revisionAuthor: string;
	state: ReviewState;
	submittedBy: string;
	submittedAt: string;
	reviewer: string | null;
	decidedAt: string | null;
	comments: CommentView[];
}

export interface VersionInfo {
	n: number;
	revision: number;
	effectiveFrom: string;
	publishedAt: string;
	publishedBy: string;
	approvedBy: string;
	hash: string;
	href: string;
}

/** one side of a comparison: a published version or a draft revision */
export interface SideRef {
	kind: 'version' | 'revision';
	n: number;
	/** the revision holding the document */
	revision: number;
}

export interface QueueRow {
	reviewId: number;
	/** an item's submission or a one-thing's (一件事) */
	type?: 'item' | 'onething';
	/** a one-thing's members published anew since submission: 成员事项已变更，需重新审核 */
	staleMembers?: StaleMember[];
	code: string;
	name: string;
	kind: string;
	department: string;
	revision: number;
	author: string;
	submittedAt: string;
	/** the published version compared with; null for an item never published */
	againstVersion: number | null;
	total: number;
	stricter: number;
	looser: number;
	verdict: DiffReport['summary']['verdict'] | null;
	bump: DiffReport['summary']['bump'] | null;
	promiseKept: boolean;
	lintErrors: number;
	problem?: string;
	/** the recorded change of law that opened this draft (the queue groups them) */
	lawChange?: { id: number; law: string; title: string };
}

export interface Comparison {
	against: SideRef;
	report: DiffReport;
	materials: { old: Material[]; new: Material[] };
}

export interface LocalDeviation {
	code: string;
	name: string;
	department: string;
	revision: number;
	report: DeviationReport | null;
	problem?: string;
}

export interface StandardGroup {
	baseCode: string;
	baseName: string | null;
	baseVersion: number | null;
	locals: LocalDeviation[];
}

export interface ReviewPage {
	item: {
		code: string;
		name: string;
		kind: string;
		department: string;
		status: DisplayStatus;
		revision: number;
	};
	subject: { revision: number; author: string; createdAt: string };
	review: ReviewSummary | null;
	versions: VersionInfo[];
	/**
	 * The revisions worth comparing with, newest first: each one submitted for review (and what
	 * became of it). Autosaves in between are not checkpoints.
	 */
	checkpoints: { n: number; state: ReviewState; at: string; by: string }[];
	/** the revision last approved or returned before this one, when there is one */
	lastReviewed: number | null;
	/** 'v3' (published version 3) or 'r5' (revision 5) */
	selected: string | null;
	comparison: Comparison | null;
	since: {
		revision: number;
		reviewer: string;
		decidedAt: string;
		state: ReviewState;
		comments: CommentView[];
		comparison: Comparison;
	} | null;
	lint: LintDelta;
	/** the reader's comment drafts on the pending review (only for who may decide it) */
	drafts: { pointer: string | null; about: string; text: string }[];
	/** what is being approved, as the portal would show it; problems when it does not compile yet */
	content: { bundle: Bundle | null; problems: { pointer: string; message: string }[] };
	/** transfer: 划转 to another department; merge, split: 合并 / 拆分 (administrators) */
	can: {
		decide: boolean;
		publish: boolean;
		retire: boolean;
		transfer: boolean;
		merge: boolean;
		split: boolean;
	};
	why: PlainReviewKey | null;
	retired: { reason: string; retiredAt: string } | null;
}
