// Read queries for the public portal: only what has been published is visible here.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, DocumentType, ItemStatus } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function appendPortalEvent(
	tx: Transaction<Database>,
	e: {
		itemCode: string;
		event: 'published' | 'retired';
		version: number | null;
		/** default an item */
		documentType?: DocumentType;
	}
): Promise<void> {
	// Feed ids must become visible in id order, or a mirror reading `since=` could skip an event that
	// commits late: one lock serializes all writers of the feed (publishing is rare).
	await sql`select pg_advisory_xact_lock(hashtext('banshi:portal-feed'))`.execute(tx);
	await tx
		.insertInto('portal_events')
		.values({
			item_code: e.itemCode,
			event: e.event,
			version: e.version,
			document_type: e.documentType ?? 'item'
		})
		.execute();
}

export interface PortalEvent {
	cursor: number;
	type: DocumentType;
	code: string;
	event: 'published' | 'retired';
	version: number | null;
	at: string;
}

export async function listPortalEvents(
	db: Db,
	since: number,
	limit: number
): Promise<PortalEvent[]> {
	const rows = await db
		.selectFrom('portal_events')
		.selectAll()
		.where('id', '>', since)
		.orderBy('id')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		cursor: r.id,
		type: r.document_type,
		code: r.item_code,
		event: r.event,
		version: r.version,
		at: r.at.toISOString()
	}));
}

export async function lastPortalEventId(db: Db): Promise<number> {
	const r = await db
		.selectFrom('portal_events')
		.select(sql<number>`coalesce(max(id), 0)`.as('max'))
		.executeTakeFirstOrThrow();
	return Number(r.max);
}

export interface PortalItemRow {
	code: string;
	name: string;
	kind: string;
	department: string;
	departmentName: string;
	version: number;
	hash: string;
	effectiveFrom: string;
}

/** Items not retired with their version in force on `day` (`v`), its facts (`f`), department (`d`). */
function inForce(db: Db, day: string) {
	return db
		.selectFrom('items as i')
		.innerJoin('departments as d', 'd.code', 'i.department_code')
		.innerJoin('versions as v', 'v.item_id', 'i.id')
		.innerJoin('version_facts as f', 'f.version_id', 'v.id')
		.where('i.document_type', '=', 'item')
		.where('i.status', '!=', 'retired')
		.where(({ eb, selectFrom, not, exists }) =>
			eb('v.effective_from', '<=', day).and(
				not(
					exists(
						selectFrom('versions as newer')
							.select('newer.id')
							.whereRef('newer.item_id', '=', 'i.id')
							.where('newer.effective_from', '<=', day)
							.where((w) =>
								w.or([
									w('newer.effective_from', '>', w.ref('v.effective_from')),
									w.and([
										w('newer.effective_from', '=', w.ref('v.effective_from')),
										w('newer.n', '>', w.ref('v.n'))
									])
								])
							)
					)
				)
			)
		);
}

/** The bundles in force on `day` of one department (or all), by code: the handbook and lobby. */
export async function listPortalBundles(
	db: Db,
	f: { day: string; department?: string; kind?: string; limit: number }
): Promise<{ code: string; n: number; effectiveFrom: string; bundle: string }[]> {
	let q = inForce(db, f.day);
	if (f.department) q = q.where('i.department_code', '=', f.department);
	if (f.kind) q = q.where('f.kind', '=', f.kind);
	const rows = await q
		.select(['i.code', 'v.n', 'v.effective_from', 'v.bundle'])
		.orderBy('i.code')
		.limit(f.limit)
		.execute();
	return rows.map((r) => ({
		code: r.code,
		n: r.n,
		effectiveFrom: r.effective_from,
		bundle: r.bundle
	}));
}

/** Departments with at least one item in force on `day`, by name. */
export async function listPortalDepartments(
	db: Db,
	day: string
): Promise<{ code: string; name: string }[]> {
	return inForce(db, day).select(['d.code', 'd.name']).distinct().orderBy('d.name').execute();
}

/** Items with a version in force on `day` and not retired, with that version. Names, kinds and the
 * department's name are that version's published facts: the items table follows the draft. */
export async function listPortalItems(
	db: Db,
	f: { day: string; q?: string; department?: string; kind?: string; limit: number; offset: number }
): Promise<{ rows: PortalItemRow[]; total: number }> {
	let q = inForce(db, f.day);
	if (f.department) q = q.where('i.department_code', '=', f.department);
	if (f.kind) q = q.where('f.kind', '=', f.kind);
	if (f.q) {
		const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
		q = q.where((eb) =>
			eb.or([
				eb('f.name', 'ilike', like),
				eb('i.code', 'ilike', like),
				eb('d.name', 'ilike', like),
				eb('f.department_name', 'ilike', like)
			])
		);
	}
	const [rows, count] = await Promise.all([
		q
			.select([
				'i.code',
				'f.name',
				'f.kind',
				'i.department_code',
				'd.name as department_name',
				'v.n',
				'v.hash',
				'v.effective_from'
			])
			.orderBy('i.code')
			.limit(f.limit)
			.offset(f.offset)
			.execute(),
		q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return {
		total: Number(count.n),
		rows: rows.map((r) => ({
			code: r.code,
			name: r.name,
			kind: r.kind,
			department: r.department_code,
			departmentName: r.department_name,
			version: r.n,
			hash: r.hash,
			effectiveFrom: r.effective_from
		}))
	};
}

/** Items with at least one published version, by code. */
export async function listItemsWithVersions(
	db: Db
): Promise<{ id: number; code: string; status: ItemStatus }[]> {
	return db
		.selectFrom('items')
		.select(['id', 'code', 'status'])
		.where('document_type', '=', 'item')
		.where((eb) =>
			eb.exists(
				eb.selectFrom('versions').select('id').whereRef('versions.item_id', '=', 'items.id')
			)
		)
		.orderBy('code')
		.execute();
}

export interface VersionFiles {
	itemId: number;
	n: number;
	bundle: string;
	/** the module stored at publication; null for versions published before modules were stored */
	validator: string | null;
}

/** The published bytes of every version of these items, with their validator modules, in one go. */
export async function listVersionFiles(db: Db, itemIds: number[]): Promise<VersionFiles[]> {
	if (itemIds.length === 0) return [];
	const rows = await db
		.selectFrom('versions as v')
		.leftJoin('version_validators as vv', 'vv.version_id', 'v.id')
		.select(['v.item_id', 'v.n', 'v.bundle', 'vv.source'])
		.where('v.item_id', 'in', itemIds)
		.orderBy('v.item_id')
		.orderBy('v.n')
		.execute();
	return rows.map((r) => ({
		itemId: r.item_id,
		n: r.n,
		bundle: r.bundle,
		validator: r.source ?? null
	}));
}

/**
 * What the portal pages show changes only with a feed event (publish, retire) or a calendar change
 * (override, loaded year), and all of them only add rows: the newest ids together say whether
 * anything a page read earlier may have changed — one query where reading it again takes five.
 */
export async function portalPageStamp(db: Db): Promise<string> {
	const r = await db
		.selectNoFrom((eb) => [
			eb
				.selectFrom('portal_events')
				.select(sql<number>`coalesce(max(id), 0)`.as('m'))
				.as('events'),
			eb
				.selectFrom('calendar_overrides')
				.select(sql<number>`coalesce(max(id), 0)`.as('m'))
				.as('overrides'),
			eb
				.selectFrom('calendar_years')
				.select(sql<number>`coalesce(max(id), 0)`.as('m'))
				.as('years')
		])
		.executeTakeFirstOrThrow();
	return `${r.events}:${r.overrides}:${r.years}`;
}
