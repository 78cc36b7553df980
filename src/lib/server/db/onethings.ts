// One-things (一件事): the member versions a one-thing was submitted with or compiled into, and
// what each member publishes now. A member whose newest published version differs is stale.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export type Pin = number | 'latest';

export interface MemberPinRow {
	code: string;
	pin: Pin;
	version: number;
	hash: string;
}

export interface MemberState {
	code: string;
	/** the catalog's name; the code when the member does not exist */
	name: string;
	/** the newest published version; null when none, or the member is retired or a one-thing */
	current: number | null;
	currentHash: string | null;
	/** the member item was retired (事项取消): no version of it may be used any more */
	retired: boolean;
}

export const pinText = (pin: Pin): string => String(pin);
export const pinOf = (text: string): Pin => (text === 'latest' ? 'latest' : Number(text));

/** Records the members a review was submitted with, or a version compiled from. */
export async function insertMemberPins(
	db: Db,
	owner: { onethingId: number; reviewId?: number; versionId?: number },
	members: MemberPinRow[]
): Promise<void> {
	if (members.length === 0) return;
	await db
		.insertInto('onething_members')
		.values(
			members.map((m, position) => ({
				onething_id: owner.onethingId,
				review_id: owner.reviewId ?? null,
				version_id: owner.versionId ?? null,
				position,
				member_code: m.code,
				pin: pinText(m.pin),
				member_version: m.version,
				member_hash: m.hash
			}))
		)
		.execute();
}

/** The recorded members of these reviews, by review id, in the document's order. */
export async function pinsOfReviews(
	db: Db,
	reviewIds: number[]
): Promise<Map<number, MemberPinRow[]>> {
	const out = new Map<number, MemberPinRow[]>();
	if (reviewIds.length === 0) return out;
	const rows = await db
		.selectFrom('onething_members')
		.select(['review_id', 'member_code', 'pin', 'member_version', 'member_hash'])
		.where('review_id', 'in', reviewIds)
		.orderBy('review_id')
		.orderBy('position')
		.execute();
	for (const r of rows) {
		const list = out.get(r.review_id!) ?? [];
		list.push({
			code: r.member_code,
			pin: pinOf(r.pin),
			version: r.member_version,
			hash: r.member_hash
		});
		out.set(r.review_id!, list);
	}
	return out;
}

/** The recorded members of a published version. */
export async function pinsOfVersion(db: Db, versionId: number): Promise<MemberPinRow[]> {
	const rows = await db
		.selectFrom('onething_members')
		.select(['member_code', 'pin', 'member_version', 'member_hash'])
		.where('version_id', '=', versionId)
		.orderBy('position')
		.execute();
	return rows.map((r) => ({
		code: r.member_code,
		pin: pinOf(r.pin),
		version: r.member_version,
		hash: r.member_hash
	}));
}

/** What each of these member codes publishes now (only items count as members). */
export async function memberStates(db: Db, codes: string[]): Promise<Map<string, MemberState>> {
	const out = new Map<string, MemberState>();
	const unique = [...new Set(codes)];
	for (const code of unique)
		out.set(code, { code, name: code, current: null, currentHash: null, retired: false });
	if (unique.length === 0) return out;
	const rows = await db
		.selectFrom('items as i')
		.leftJoin(
			(eb) =>
				eb
					.selectFrom('versions')
					.select(['item_id', sql<number>`max(n)`.as('latest')])
					.groupBy('item_id')
					.as('lv'),
			(join) => join.onRef('lv.item_id', '=', 'i.id')
		)
		.leftJoin('versions as v', (join) =>
			join.onRef('v.item_id', '=', 'i.id').onRef('v.n', '=', 'lv.latest')
		)
		.select(['i.code', 'i.name', 'i.status', 'i.document_type', 'lv.latest', 'v.hash'])
		.where('i.code', 'in', unique)
		.execute();
	for (const r of rows) {
		const live = r.document_type === 'item' && r.status !== 'retired';
		out.set(r.code, {
			code: r.code,
			name: r.name,
			current: live && r.latest != null ? Number(r.latest) : null,
			currentHash: live ? (r.hash ?? null) : null,
			retired: r.document_type === 'item' && r.status === 'retired'
		});
	}
	return out;
}

/** A published version of an item (never a one-thing's), with its bundle bytes. */
export async function memberVersion(
	db: Db,
	code: string,
	n: number
): Promise<{ n: number; bundle: string; hash: string } | undefined> {
	return db
		.selectFrom('versions as v')
		.innerJoin('items as i', 'i.id', 'v.item_id')
		.select(['v.n', 'v.bundle', 'v.hash'])
		.where('i.code', '=', code)
		.where('i.document_type', '=', 'item')
		.where('i.status', '!=', 'retired')
		.where('v.n', '=', n)
		.executeTakeFirst();
}

/**
 * One-things (not retired) that named this member code when they were last submitted or
 * published: the ones a new version of the member makes stale.
 */
export async function oneThingsWithMember(
	db: Db,
	memberCode: string
): Promise<{ id: number; code: string; name: string; status: string }[]> {
	return db
		.selectFrom('items as o')
		.select(['o.id', 'o.code', 'o.name', 'o.status'])
		.where('o.document_type', '=', 'onething')
		.where('o.status', '!=', 'retired')
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('onething_members as om')
					.select('om.id')
					.whereRef('om.onething_id', '=', 'o.id')
					.where('om.member_code', '=', memberCode)
			)
		)
		.orderBy('o.code')
		.execute();
}

/** Published one-things (not retired) with their version in force on `day`, by code. */
export async function listPortalOneThings(
	db: Db,
	day: string
): Promise<
	{
		code: string;
		department: string;
		departmentName: string;
		n: number;
		hash: string;
		effectiveFrom: string;
		bundle: string;
	}[]
> {
	const rows = await db
		.selectFrom('items as i')
		.innerJoin('departments as d', 'd.code', 'i.department_code')
		.innerJoin('versions as v', 'v.item_id', 'i.id')
		.select([
			'i.code',
			'i.department_code',
			'd.name',
			'v.n',
			'v.hash',
			'v.effective_from',
			'v.bundle'
		])
		.where('i.document_type', '=', 'onething')
		.where('i.status', '!=', 'retired')
		.where('v.effective_from', '<=', day)
		.where(({ not, exists, selectFrom }) =>
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
		.orderBy('i.code')
		.execute();
	return rows.map((r) => ({
		code: r.code,
		department: r.department_code,
		departmentName: r.name,
		n: r.n,
		hash: r.hash,
		effectiveFrom: r.effective_from,
		bundle: r.bundle
	}));
}
