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

export interface NewVersion {
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

export async function insertVersion(db: Db, v: NewVersion): Promise<VersionRow> {
	const [row] = await insertVersions(db, [v]);
	return row;
}

/** Several versions in one statement (large catalogs); match the rows returned by item and n. */
export async function insertVersions(db: Db, vs: NewVersion[]): Promise<VersionRow[]> {
	if (vs.length === 0) return [];
	const rows = await db
		.insertInto('versions')
		.values(
			vs.map((v) => ({
				item_id: v.itemId,
				n: v.n,
				revision_id: v.revisionId,
				bundle: v.bundle,
				hash: v.hash,
				effective_from: v.effectiveFrom,
				published_by: v.publishedBy,
				approved_by: v.approvedBy
			}))
		)
		.returningAll()
		.execute();
	const withFacts = rows.filter((_, i) => vs[i].facts !== false);
	if (withFacts.length === 0) return rows;
	const ids = sql.join(withFacts.map((r) => sql`${r.id}`));
	// what the public may search by, from the published bytes (never from the draft under edit)
	await sql`${sql.raw(FACTS_FROM_BUNDLES)} where id in (${ids})`.execute(db);
	// what the scorecard counts, read once rather than parsing every bundle on each request
	await sql`${sql.raw(SCORECARD_FACTS_FROM_BUNDLES)} where v.id in (${ids})`.execute(db);
	return rows;
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

/** The versions of several items, by item, in version order (one query; the export's). */
export async function listVersionsOf(
	db: Db,
	itemIds: number[]
): Promise<Map<number, VersionSummary[]>> {
	const out = new Map<number, VersionSummary[]>(itemIds.map((id) => [id, []]));
	if (itemIds.length === 0) return out;
	const rows = await summaryQuery(db)
		.select('v.item_id')
		.where('v.item_id', 'in', itemIds)
		.orderBy('v.item_id')
		.orderBy('v.n')
		.execute();
	for (const r of rows) out.get(r.item_id)!.push(summary(r));
	return out;
}

/** Of an item's versions, the one in force on `day`: as `effectiveVersion` chooses it. */
export function inForce<T extends { n: number; effectiveFrom: string }>(
	versions: T[],
	day: string
): T | undefined {
	let best: T | undefined;
	for (const v of versions) {
		if (v.effectiveFrom > day) continue;
		if (
			!best ||
			v.effectiveFrom > best.effectiveFrom ||
			(v.effectiveFrom === best.effectiveFrom && v.n > best.n)
		)
			best = v;
	}
	return best;
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
