// One revision under review: compared with the item's last published version (or any version or
// revision the reviewer picks), with the revision last reviewed, and linted against the standard.
// What the reader may do here is asked of the workflow's can(), as the API enforces it.
import type { Kysely } from 'kysely';
import type { Locale } from '../../../domain/i18n';
import { lintDelta } from '../../../domain/lint';
import { todayInChina } from '../../../domain/workdays/today';
import { can, displayStatus, type ItemFacts, type Verdict } from '../../../domain/workflow';
import type {
	Comparison,
	ReviewPage,
	ReviewSummary,
	SideRef,
	VersionInfo
} from '../../../review/types';
import type { Actor } from '../../auth/actor';
import { listCommentDrafts } from '../../db/comment-drafts';
import { approvalOf, listReviews, type ReviewView } from '../../db/reviews';
import { listRevisions } from '../../db/revisions';
import { retirementOf } from '../../db/retirements';
import type { Database, ItemRow } from '../../db/schema';
import { listVersions } from '../../db/versions';
import { versionPath } from '../portal';
import { checksIn } from '../settings';
import { compiledOf, presentedDiffOf, lintOf, revisionDoc, type RevisionDoc } from './documents';

export function summaryOf(r: ReviewView): ReviewSummary {
	return {
		id: r.id,
		revision: r.revision,
		revisionAuthor: r.revisionAuthor,
		state: r.state,
		submittedBy: r.submittedBy,
		submittedAt: r.submittedAt,
		reviewer: r.reviewer,
		decidedAt: r.decidedAt,
		comments: r.comments
	};
}

export async function versionsOf(db: Kysely<Database>, item: ItemRow): Promise<VersionInfo[]> {
	return (await listVersions(db, item.id)).map((v) => ({
		n: v.n,
		revision: v.revision,
		effectiveFrom: v.effectiveFrom,
		publishedAt: v.publishedAt,
		publishedBy: v.publishedBy,
		approvedBy: v.approvedBy,
		hash: v.hash,
		href: versionPath(item.code, v.n)
	}));
}

async function compare(
	db: Kysely<Database>,
	itemId: number,
	against: SideRef,
	subject: RevisionDoc,
	locale: Locale
): Promise<Comparison | null> {
	const old = await revisionDoc(db, itemId, against.revision);
	if (!old) return null;
	return {
		against,
		report: presentedDiffOf(db, old, subject, locale),
		materials: { old: old.doc.materials ?? [], new: subject.doc.materials ?? [] }
	};
}

/**
 * Each revision other than `subject` that was submitted for review, newest first, once; a revision
 * that was published is offered as its version instead.
 */
function checkpointsOf(
	reviews: ReviewView[],
	subject: number,
	versions: VersionInfo[]
): ReviewPage['checkpoints'] {
	const seen = new Set<number>([subject, ...versions.map((v) => v.revision)]);
	const out: ReviewPage['checkpoints'] = [];
	// listReviews answers oldest first; the newest review of a revision says what became of it
	for (const r of [...reviews].sort((a, b) => b.id - a.id)) {
		if (seen.has(r.revision)) continue;
		seen.add(r.revision);
		out.push({
			n: r.revision,
			state: r.state,
			at: r.decidedAt ?? r.submittedAt,
			by: r.reviewer ?? r.submittedBy
		});
	}
	return out.sort((a, b) => b.n - a.n);
}

function pickAgainst(
	param: string | null,
	versions: VersionInfo[],
	revisions: { n: number }[],
	subject: number
): SideRef | null {
	const m = /^([vr])(\d+)$/.exec(param ?? '');
	if (m && m[1] === 'v') {
		const v = versions.find((x) => x.n === Number(m[2]));
		if (v) return { kind: 'version', n: v.n, revision: v.revision };
	}
	if (m && m[1] === 'r' && revisions.some((r) => r.n === Number(m[2])))
		return { kind: 'revision', n: Number(m[2]), revision: Number(m[2]) };
	// Default: the last version published from another revision — after publishing, the one before.
	const last = versions.filter((v) => v.revision !== subject).at(-1);
	return last ? { kind: 'version', n: last.n, revision: last.revision } : null;
}

/**
 * Why the decision panel is closed to this reader, in the review screens' words, when can() refuses
 * them (not the review's state): the author hears that first, whatever their role.
 */
function whyNot(verdict: Verdict, isAuthor: boolean): ReviewPage['why'] {
	if (verdict.allowed || verdict.kind !== 'permission') return null;
	return isAuthor ? 'decision.own' : 'decision.notReviewer';
}

export async function reviewPage(
	db: Kysely<Database>,
	actor: Actor,
	locale: Locale,
	item: ItemRow,
	againstParam: string | null
): Promise<ReviewPage> {
	const [versions, revisions, reviews, retired] = await Promise.all([
		versionsOf(db, item),
		listRevisions(db, item.id),
		listReviews(db, { itemId: item.id, limit: 100 }),
		retirementOf(db, item.id)
	]);
	const subject = (await revisionDoc(db, item.id, item.current_revision))!;
	const against = pickAgainst(againstParam, versions, revisions, subject.n);
	const comparison = against ? await compare(db, item.id, against, subject, locale) : null;

	const current = reviews.find((r) => r.revision === subject.n) ?? null;
	const decided = reviews.filter(
		(r) => r.revision < subject.n && (r.state === 'returned' || r.state === 'approved')
	);
	const prior = decided.find((r) => r.reviewer === actor.username) ?? decided[0];
	let since: ReviewPage['since'] = null;
	// When the last reviewed revision is the one compared with anyway (it was published), a
	// second identical diff would only repeat the first.
	if (prior && prior.revision !== against?.revision) {
		const c = await compare(
			db,
			item.id,
			{ kind: 'revision', n: prior.revision, revision: prior.revision },
			subject,
			locale
		);
		if (c)
			since = {
				revision: prior.revision,
				reviewer: prior.reviewer ?? '',
				decidedAt: prior.decidedAt ?? '',
				state: prior.state,
				comments: prior.comments,
				comparison: c
			};
	}

	const baseDoc = comparison ? await revisionDoc(db, item.id, comparison.against.revision) : null;
	const checks = await checksIn(db, locale);
	const lint = lintDelta(baseDoc ? lintOf(db, baseDoc, checks) : null, lintOf(db, subject, checks));

	const approval = await approvalOf(db, subject.id);
	const facts: ItemFacts = {
		department: item.department_code,
		status: item.status,
		author: subject.authorId,
		approver: approval?.reviewerId ?? null,
		published: versions.length > 0,
		review: current?.state
	};
	const decide = current ? can(actor, 'approve', facts) : null;
	const drafts =
		current && decide?.allowed ? await listCommentDrafts(db, current.id, actor.id) : [];
	const latest = versions.at(-1);
	return {
		item: {
			code: item.code,
			name: item.name,
			kind: item.kind,
			department: item.department_code,
			status: displayStatus(item.status, latest?.effectiveFrom, todayInChina()),
			revision: item.current_revision
		},
		subject: { revision: subject.n, author: subject.author, createdAt: subject.createdAt },
		review: current ? summaryOf(current) : null,
		versions,
		checkpoints: checkpointsOf(reviews, subject.n, versions),
		lastReviewed: prior?.revision ?? null,
		selected: against ? `${against.kind === 'version' ? 'v' : 'r'}${against.n}` : null,
		comparison,
		since,
		lint,
		drafts,
		content: compiledOf(db, subject, checks),
		can: {
			decide: decide?.allowed ?? false,
			publish: can(actor, 'publish', facts).allowed,
			retire: can(actor, 'retire', facts).allowed,
			transfer: can(actor, 'transfer', facts).allowed,
			merge: can(actor, 'merge', facts).allowed,
			split: can(actor, 'split', facts).allowed
		},
		why:
			current?.state === 'pending' && decide ? whyNot(decide, subject.authorId === actor.id) : null,
		retired: retired ?? null
	};
}
