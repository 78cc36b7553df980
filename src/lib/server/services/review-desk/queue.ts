// The review queue: every pending submission, oldest first, with the size and nature of its change
// against the item's last published version — diff and lint by the domain core.
import type { Kysely } from 'kysely';
import type { Locale } from '../../../domain/i18n';
import type { QueueRow } from '../../../review/types';
import { listDepartments } from '../../db/departments';
import { getItemByCode } from '../../db/items';
import { listReviews, type ReviewView } from '../../db/reviews';
import type { Database } from '../../db/schema';
import { listVersions } from '../../db/versions';
import { checksIn } from '../settings';
import { diffOf, lintOf, revisionDoc } from './documents';

export interface QueueFilter {
	department?: string;
	kind?: string;
}

export interface Queue {
	rows: QueueRow[];
	departments: { code: string; name: string }[];
	kinds: string[];
}

export async function reviewQueue(
	db: Kysely<Database>,
	locale: Locale,
	filter: QueueFilter,
	departments: 'all' | readonly string[]
): Promise<Queue> {
	const [reviews, all] = await Promise.all([
		listReviews(db, {
			state: 'pending',
			limit: 500,
			departments: departments === 'all' ? undefined : departments
		}),
		listDepartments(db)
	]);
	const rows: QueueRow[] = [];
	const kinds = new Set<string>();
	for (const r of reviews) {
		const item = await getItemByCode(db, r.item);
		if (!item) continue;
		kinds.add(item.kind);
		if (filter.department && r.department !== filter.department) continue;
		if (filter.kind && item.kind !== filter.kind) continue;
		rows.push(await queueRow(db, locale, item.id, item.kind, r));
	}
	return {
		rows,
		departments: all.map((d) => ({ code: d.code, name: d.name })),
		kinds: [...kinds].sort()
	};
}

async function queueRow(
	db: Kysely<Database>,
	locale: Locale,
	itemId: number,
	kind: string,
	r: ReviewView
): Promise<QueueRow> {
	const base: QueueRow = {
		reviewId: r.id,
		code: r.item,
		name: r.itemName,
		kind,
		department: r.department,
		revision: r.revision,
		author: r.revisionAuthor,
		submittedAt: r.submittedAt,
		againstVersion: null,
		total: 0,
		stricter: 0,
		looser: 0,
		verdict: null,
		bump: null,
		promiseKept: true,
		lintErrors: 0,
		type: r.type,
		staleMembers: r.staleMembers
	};
	// a one-thing's change is its own diff (members, shared fields, guide), not an item's
	if (r.type === 'onething') return base;
	try {
		const subject = await revisionDoc(db, itemId, r.revision);
		if (!subject) return base;
		base.lintErrors = lintOf(db, subject, await checksIn(db, locale)).filter(
			(f) => f.severity === 'error'
		).length;
		const published = (await listVersions(db, itemId)).filter((v) => v.revision !== r.revision);
		const last = published.at(-1);
		if (!last) return base;
		const old = await revisionDoc(db, itemId, last.revision);
		if (!old) return base;
		const report = diffOf(db, old, subject, locale);
		return {
			...base,
			againstVersion: last.n,
			total: report.summary.total,
			stricter: report.summary.stricter,
			looser: report.summary.looser,
			verdict: report.summary.verdict,
			bump: report.summary.bump,
			promiseKept: report.compat.promiseKept
		};
	} catch (error) {
		return { ...base, problem: (error as Error).message };
	}
}
