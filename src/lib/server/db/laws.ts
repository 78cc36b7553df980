// The law registry's tables (migration 009): laws, the changes recorded against them and the drafts
// a change opened.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Law, LawChange, LawLevel } from '../../domain/law';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface LawRow extends Law {
	createdAt: string;
	updatedAt: string;
}

function toLaw(r: {
	id: string;
	title: string;
	doc_number: string | null;
	issuer: string;
	level: string;
	effective_on: string;
	repealed_on: string | null;
	articles: { number: string; text: string }[];
	created_at: Date;
	updated_at: Date;
}): LawRow {
	return {
		id: r.id,
		title: r.title,
		...(r.doc_number !== null && { docNumber: r.doc_number }),
		issuer: r.issuer,
		level: r.level as LawLevel,
		effectiveOn: r.effective_on,
		...(r.repealed_on !== null && { repealedOn: r.repealed_on }),
		articles: r.articles,
		createdAt: r.created_at.toISOString(),
		updatedAt: r.updated_at.toISOString()
	};
}

export async function listLaws(db: Db): Promise<LawRow[]> {
	const rows = await db.selectFrom('laws').selectAll().orderBy('title').execute();
	return rows.map(toLaw);
}

export async function getLaw(db: Db, id: string, lock = false): Promise<LawRow | undefined> {
	let q = db.selectFrom('laws').selectAll().where('id', '=', id);
	if (lock) q = q.forUpdate();
	const r = await q.executeTakeFirst();
	return r && toLaw(r);
}

export async function findLawByTitle(db: Db, title: string): Promise<string | undefined> {
	const r = await db.selectFrom('laws').select('id').where('title', '=', title).executeTakeFirst();
	return r?.id;
}

export async function insertLaw(db: Db, law: Law, createdBy: number): Promise<void> {
	await db
		.insertInto('laws')
		.values({
			id: law.id,
			title: law.title,
			doc_number: law.docNumber ?? null,
			issuer: law.issuer,
			level: law.level,
			effective_on: law.effectiveOn,
			repealed_on: law.repealedOn ?? null,
			articles: JSON.stringify(law.articles),
			created_by: createdBy
		})
		.execute();
}

/** The law as in force after a change (articles, dates). */
export async function updateLawText(db: Db, law: Law): Promise<void> {
	await db
		.updateTable('laws')
		.set({
			doc_number: law.docNumber ?? null,
			effective_on: law.effectiveOn,
			repealed_on: law.repealedOn ?? null,
			articles: JSON.stringify(law.articles),
			updated_at: new Date()
		})
		.where('id', '=', law.id)
		.execute();
}

export interface LawChangeRow {
	id: number;
	lawId: string;
	change: LawChange;
	lawBefore: Law;
	recordedBy: string;
	recordedAt: string;
	appliedBy: string | null;
	appliedAt: string | null;
}

function changeQuery(db: Db) {
	return db
		.selectFrom('law_changes as c')
		.innerJoin('users as r', 'r.id', 'c.recorded_by')
		.leftJoin('users as a', 'a.id', 'c.applied_by')
		.select([
			'c.id',
			'c.law_id',
			'c.change',
			'c.law_before',
			'c.recorded_at',
			'c.applied_at',
			'r.username as recorded_by',
			'a.username as applied_by'
		]);
}

function toChange(r: {
	id: number;
	law_id: string;
	change: Record<string, unknown>;
	law_before: Record<string, unknown>;
	recorded_at: Date;
	applied_at: Date | null;
	recorded_by: string;
	applied_by: string | null;
}): LawChangeRow {
	return {
		id: r.id,
		lawId: r.law_id,
		change: r.change as unknown as LawChange,
		lawBefore: r.law_before as unknown as Law,
		recordedBy: r.recorded_by,
		recordedAt: r.recorded_at.toISOString(),
		appliedBy: r.applied_by,
		appliedAt: r.applied_at?.toISOString() ?? null
	};
}

export async function insertLawChange(
	db: Db,
	c: { lawId: string; change: LawChange; lawBefore: Law; recordedBy: number }
): Promise<number> {
	const r = await db
		.insertInto('law_changes')
		.values({
			law_id: c.lawId,
			kind: c.change.kind,
			title: c.change.title,
			effective_on: c.change.effectiveOn,
			change: JSON.stringify(c.change),
			law_before: JSON.stringify(c.lawBefore),
			recorded_by: c.recordedBy
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return r.id;
}

export async function listLawChanges(db: Db, lawId: string): Promise<LawChangeRow[]> {
	const rows = await changeQuery(db).where('c.law_id', '=', lawId).orderBy('c.id').execute();
	return rows.map(toChange);
}

export async function getLawChange(
	db: Db,
	id: number,
	lock = false
): Promise<LawChangeRow | undefined> {
	if (lock)
		await db.selectFrom('law_changes').select('id').where('id', '=', id).forUpdate().execute();
	const r = await changeQuery(db).where('c.id', '=', id).executeTakeFirst();
	return r && toChange(r);
}

export async function markLawChangeApplied(db: Db, id: number, by: number): Promise<void> {
	await db
		.updateTable('law_changes')
		.set({ applied_by: by, applied_at: new Date() })
		.where('id', '=', id)
		.execute();
}

export async function insertLawChangeDraft(
	db: Db,
	d: {
		changeId: number;
		itemId: number;
		revision: number;
		reviewId: number | null;
		citations: unknown[];
	}
): Promise<void> {
	await db
		.insertInto('law_change_drafts')
		.values({
			change_id: d.changeId,
			item_id: d.itemId,
			revision: d.revision,
			review_id: d.reviewId,
			citations: JSON.stringify(d.citations)
		})
		.execute();
}

export interface LawChangeDraftRow {
	code: string;
	name: string;
	department: string;
	revision: number;
	reviewId: number | null;
	citations: unknown[];
}

export async function listLawChangeDrafts(db: Db, changeId: number): Promise<LawChangeDraftRow[]> {
	const rows = await db
		.selectFrom('law_change_drafts as d')
		.innerJoin('items as i', 'i.id', 'd.item_id')
		.select(['i.code', 'i.name', 'i.department_code', 'd.revision', 'd.review_id', 'd.citations'])
		.where('d.change_id', '=', changeId)
		.orderBy('i.code')
		.execute();
	return rows.map((r) => ({
		code: r.code,
		name: r.name,
		department: r.department_code,
		revision: r.revision,
		reviewId: r.review_id,
		citations: r.citations
	}));
}

/** The change that opened each of these reviews, for grouping the review queue. */
export async function lawChangesOfReviews(
	db: Db,
	reviewIds: readonly number[]
): Promise<Map<number, { changeId: number; lawTitle: string; changeTitle: string }>> {
	if (!reviewIds.length) return new Map();
	const rows = await db
		.selectFrom('law_change_drafts as d')
		.innerJoin('law_changes as c', 'c.id', 'd.change_id')
		.innerJoin('laws as l', 'l.id', 'c.law_id')
		.select(['d.review_id', 'c.id', 'c.title', 'l.title as law'])
		.where('d.review_id', 'in', [...reviewIds])
		.execute();
	return new Map(
		rows.map((r) => [r.review_id!, { changeId: r.id, lawTitle: r.law, changeTitle: r.title }])
	);
}

export interface CitingDocument {
	itemId: number;
	code: string;
	name: string;
	department: string;
	status: string;
	archived: boolean;
	revision: number;
	document: Record<string, unknown>;
}

/**
 * The current revision of every item whose document mentions one of `needles` (a law's id, title or
 * 文号): the candidates the domain then reads citation by citation.
 */
export async function documentsMentioning(
	db: Db,
	needles: readonly string[],
	departments?: readonly string[]
): Promise<CitingDocument[]> {
	const words = needles.filter((n) => n.length > 0);
	if (!words.length) return [];
	let q = db
		.selectFrom('items')
		.innerJoin('revisions', (j) =>
			j
				.onRef('revisions.item_id', '=', 'items.id')
				.onRef('revisions.n', '=', 'items.current_revision')
		)
		.select([
			'items.id',
			'items.code',
			'items.name',
			'items.department_code',
			'items.status',
			'items.archived_at',
			'items.current_revision',
			'revisions.document'
		])
		// one-things cite no law of their own: their members do
		.where('items.document_type', '=', 'item')
		.where((eb) => eb.or(words.map((w) => sql<boolean>`strpos(revisions.document, ${w}) > 0`)));
	if (departments) {
		if (!departments.length) return [];
		q = q.where('items.department_code', 'in', [...departments]);
	}
	const rows = await q.orderBy('items.code').execute();
	return rows.map((r) => ({
		itemId: r.id,
		code: r.code,
		name: r.name,
		department: r.department_code,
		status: r.status,
		archived: r.archived_at !== null,
		revision: r.current_revision,
		document: JSON.parse(r.document) as Record<string, unknown>
	}));
}
