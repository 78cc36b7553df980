import { sql, type Kysely, type Transaction } from 'kysely';
import { FACTS_FROM_BUNDLES } from '../migrations/002_published_facts';
import { SCORECARD_FACTS_FROM_BUNDLES } from '../migrations/008_scorecard_facts';
import type { Database, VersionRow } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function nextVersionNumber(db: Db, itemId: number): Promise<number> {
	const r = await db
		.selectFrom('versions')
		.select(sql<number>`coalesce(max(n), 0)`.as('max'))
		.where('item_id', '=', itemId)
		.executeTakeFirstOrThrow();
	return Number(r.max) + 1;
}

export async function insertVersion(
	db: Db,
	v: {
		itemId: number;
		n: number;
		revisionId: number;
		bundle: string;
		hash: string;
		effectiveFrom: string;
		publishedBy: number;
		approvedBy: number;
		/** false for a one-thing's version: it has no item facts (name, kind, scorecard) */
		facts?: boolean;
	}
): Promise<VersionRow> {
	const row = await db
		.insertInto('versions')
		.values({
			item_id: v.itemId,
			n: v.n,
			revision_id: v.revisionId,
			bundle: v.bundle,
			hash: v.hash,
			effective_from: v.effectiveFrom,
			published_by: v.publishedBy,
			approved_by: v.approvedBy
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	if (v.facts === false) return row;
	// what the public may search by, from the published bytes (never from the draft under edit)
	await sql`${sql.raw(FACTS_FROM_BUNDLES)} where id = ${row.id}`.execute(db);
	// what the scorecard counts, read once rather than parsing every bundle on each request
	await sql`${sql.raw(SCORECARD_FACTS_FROM_BUNDLES)} where v.id = ${row.id}`.execute(db);
	return row;
}

export interface VersionSummary {
	n: number;
	hash: string;
	effectiveFrom: string;
	revision: number;
	publishedBy: string;
	approvedBy: string;
	publishedAt: string;
}

function summaryQuery(db: Db) {
	return db
		.selectFrom('versions as v')
		.innerJoin('revisions as r', 'r.id', 'v.revision_id')
		.innerJoin('users as p', 'p.id', 'v.published_by')
		.innerJoin('users as a', 'a.id', 'v.approved_by')
		.select([
			'v.n',
			'v.hash',
			'v.effective_from',
			'v.published_at',
			'r.n as revision',
			'p.username as published_by',
			'a.username as approved_by'
		]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function summary(r: SummaryRow): VersionSummary {
	return {
		n: r.n,
		hash: r.hash,
		effectiveFrom: r.effective_from,
		revision: r.revision,
		publishedBy: r.published_by,
		approvedBy: r.approved_by,
		publishedAt: r.published_at.toISOString()
	};
}

export async function listVersions(db: Db, itemId: number): Promise<VersionSummary[]> {
	const rows = await summaryQuery(db).where('v.item_id', '=', itemId).orderBy('v.n').execute();
	return rows.map(summary);
}

export async function latestVersion(db: Db, itemId: number): Promise<VersionSummary | undefined> {
	const r = await summaryQuery(db)
		.where('v.item_id', '=', itemId)
		.orderBy('v.n', 'desc')
		.executeTakeFirst();
	return r && summary(r);
}

export async function getVersion(
	db: Db,
	itemId: number,
	n: number
): Promise<VersionRow | undefined> {
	return db
		.selectFrom('versions')
		.selectAll()
		.where('item_id', '=', itemId)
		.where('n', '=', n)
		.executeTakeFirst();
}

/** The version in force on a day: the latest effective date not after it, newest number on ties. */
export async function effectiveVersion(
	db: Db,
	itemId: number,
	day: string
): Promise<VersionRow | undefined> {
	return db
		.selectFrom('versions')
		.selectAll()
		.where('item_id', '=', itemId)
		.where('effective_from', '<=', day)
		.orderBy('effective_from', 'desc')
		.orderBy('n', 'desc')
		.executeTakeFirst();
}
