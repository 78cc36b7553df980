// One revision under review: compared with the item's last published version (or any version or
// revision the reviewer picks), with the revision last reviewed, and linted against the standard.
import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/domain/i18n';
import { displayStatus } from '$lib/server/registry/items';
import { getItemByCode } from '$lib/server/db/items';
import { listReviews, type ReviewView } from '$lib/server/db/reviews';
import { listRevisions } from '$lib/server/db/revisions';
import { retirementOf } from '$lib/server/db/retirements';
import type { Database, ItemRow } from '$lib/server/db/schema';
import { listVersions } from '$lib/server/db/versions';
import { versionPath } from '$lib/server/registry/portal';
import type { Actor } from '$lib/server/auth/actor';
import { diffOf, lintOf, revisionDoc, type RevisionDoc } from './store.server';
import { lintDelta } from './summary';
import type { Comparison, ReviewPage, ReviewSummary, SideRef, VersionInfo } from './types';

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

export async function requireItemRow(db: Kysely<Database>, code: string): Promise<ItemRow> {
	const item = await getItemByCode(db, code);
	if (!item) error(404, code);
	return item;
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
		report: diffOf(old, subject, locale),
		materials: { old: old.doc.materials ?? [], new: subject.doc.materials ?? [] }
	};
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

export async function loadReview(
	db: Kysely<Database>,
	actor: Actor,
	locale: Locale,
	code: string,
	againstParam: string | null
): Promise<ReviewPage> {
	const item = await requireItemRow(db, code);
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
	const lint = lintDelta(baseDoc ? lintOf(baseDoc, locale) : null, lintOf(subject, locale));

	const pending = current?.state === 'pending';
	const own = pending && current!.revisionAuthor === actor.username;
	const latest = versions.at(-1);
	const status = displayStatus(item.status, latest?.effectiveFrom ?? null);
	return {
		item: {
			code: item.code,
			name: item.name,
			kind: item.kind,
			department: item.department_code,
			status,
			revision: item.current_revision
		},
		subject: { revision: subject.n, author: subject.author, createdAt: subject.createdAt },
		review: current ? summaryOf(current) : null,
		versions,
		revisions,
		selected: against ? `${against.kind === 'version' ? 'v' : 'r'}${against.n}` : null,
		comparison,
		since,
		lint,
		can: {
			decide: pending && !own && actor.role === 'reviewer',
			publish:
				item.status === 'approved' &&
				(actor.role === 'reviewer' ||
					(actor.role === 'editor' && actor.departments.includes(item.department_code))),
			retire: actor.role === 'reviewer' && versions.length > 0 && item.status !== 'retired'
		},
		why: !pending
			? null
			: own
				? 'decision.own'
				: actor.role !== 'reviewer'
					? 'decision.notReviewer'
					: null,
		retired: retired ?? null
	};
}
