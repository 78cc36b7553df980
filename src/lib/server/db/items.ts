import { sql, type Kysely, type Transaction } from 'kysely';
import type { DisplayStatus } from '../../domain/workflow';
import type { Database, DocumentType, ItemRow, ItemStatus } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface NewItem {
	/** default an item */
	documentType?: DocumentType;
	code: string;
	departmentCode: string;
	name: string;
	kind: string;
}

export async function insertItem(db: Db, item: NewItem): Promise<ItemRow> {
	return db
		.insertInto('items')
		.values({
			code: item.code,
			department_code: item.departmentCode,
			name: item.name,
			kind: item.kind,
			status: 'draft',
			current_revision: 1,
			...(item.documentType && { document_type: item.documentType })
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function getItemByCode(db: Db, code: string): Promise<ItemRow | undefined> {
	return db.selectFrom('items').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Reads the item row and holds it until the transaction ends: every state change of an item goes
 * through this lock, so concurrent saves and transitions are serialized per item. */
export async function lockItemByCode(
	tx: Transaction<Database>,
	code: string
): Promise<ItemRow | undefined> {
	return tx.selectFrom('items').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
}

/** A live item (not retired, not archived) of the department with exactly this name, if any. */
export async function findItemByName(
	db: Db,
	department: string,
	name: string,
	documentType: DocumentType = 'item'
): Promise<{ code: string } | undefined> {
	return db
		.selectFrom('items')
		.select('code')
		.where('document_type', '=', documentType)
		.where('department_code', '=', department)
		.where('name', '=', name)
		.where('status', '<>', 'retired')
		.where('archived_at', 'is', null)
		.executeTakeFirst();
}

/** Removes a never-published item with its revisions, reviews and comments (the audit log stays). */
export async function deleteItem(db: Db, id: number): Promise<void> {
	const reviews = db.selectFrom('review_requests').select('id').where('item_id', '=', id);
	await db.deleteFrom('review_comments').where('review_id', 'in', reviews).execute();
	await db.deleteFrom('onething_members').where('onething_id', '=', id).execute();
	await db.deleteFrom('review_requests').where('item_id', '=', id).execute();
	await db.deleteFrom('revisions').where('item_id', '=', id).execute();
	await db.deleteFrom('items').where('id', '=', id).execute();
}

export async function updateItem(
	db: Db,
	id: number,
	patch: {
		status?: ItemStatus;
		currentRevision?: number;
		name?: string;
		kind?: string;
		archivedAt?: Date | null;
	}
): Promise<void> {
	await db
		.updateTable('items')
		.set({
			...(patch.archivedAt !== undefined && { archived_at: patch.archivedAt }),
			...(patch.status !== undefined && { status: patch.status }),
			...(patch.currentRevision !== undefined && { current_revision: patch.currentRevision }),
			...(patch.name !== undefined && { name: patch.name }),
			...(patch.kind !== undefined && { kind: patch.kind }),
			updated_at: new Date()
		})
		.where('id', '=', id)
		.execute();
}

/** 划转: the item now belongs to another department (its documents say so in a new revision). */
export async function setItemDepartment(db: Db, id: number, department: string): Promise<void> {
	await db
		.updateTable('items')
		.set({ department_code: department, updated_at: new Date() })
		.where('id', '=', id)
		.execute();
}

export interface ItemFilter {
	/** items (default) or one-things */
	documentType?: DocumentType;
	department?: string;
	/** only these departments' items (an editor's own); absent: every department */
	departments?: readonly string[];
	kind?: string;
	status?: DisplayStatus;
	q?: string;
	/** archived items only (true) or none of them (default) */
	archived?: boolean;
	/** only items whose current revision this user wrote */
	authorId?: number;
	/** only items in these stored statuses (what waits for the user) */
	statuses?: readonly ItemStatus[];
	limit: number;
	offset: number;
	/** YYYY-MM-DD in China, to tell published from scheduled */
	today: string;
}

export interface ItemListRow {
	code: string;
	name: string;
	kind: string;
	department: string;
	status: ItemStatus;
	currentRevision: number;
	latestVersion: number | null;
	latestEffectiveFrom: string | null;
	updatedAt: string;
	archived: boolean;
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

export async function listItems(
	db: Db,
	f: ItemFilter
): Promise<{ rows: ItemListRow[]; total: number }> {
	if (f.departments && f.departments.length === 0) return { rows: [], total: 0 };
	let q = db
		.selectFrom('items')
		.leftJoin(
			(eb) =>
				eb
					.selectFrom('versions')
					.select(['item_id', sql<number>`max(n)`.as('latest')])
					.groupBy('item_id')
					.as('lv'),
			(join) => join.onRef('lv.item_id', '=', 'items.id')
		)
		.leftJoin('versions as v', (join) =>
			join.onRef('v.item_id', '=', 'items.id').onRef('v.n', '=', 'lv.latest')
		);
	q = q.where('items.document_type', '=', f.documentType ?? 'item');
	if (f.department) q = q.where('items.department_code', '=', f.department);
	if (f.departments) q = q.where('items.department_code', 'in', f.departments);
	if (f.kind) q = q.where('items.kind', '=', f.kind);
	q = q.where('items.archived_at', f.archived ? 'is not' : 'is', null);
	if (f.statuses) {
		const statuses = f.statuses;
		q = statuses.length ? q.where('items.status', 'in', statuses) : q.where(sql<boolean>`false`);
	}
	if (f.authorId !== undefined) {
		const authorId = f.authorId;
		q = q.where((eb) =>
			eb.exists(
				eb
					.selectFrom('revisions as cr')
					.select('cr.id')
					.whereRef('cr.item_id', '=', 'items.id')
					.whereRef('cr.n', '=', 'items.current_revision')
					.where('cr.author_id', '=', authorId)
			)
		);
	}
	if (f.status === 'scheduled' || f.status === 'published') {
		// Both are stored as published; the latest version's effective date tells them apart.
		q = q
			.where('items.status', '=', 'published')
			.where('v.effective_from', f.status === 'scheduled' ? '>' : '<=', f.today);
	} else if (f.status) q = q.where('items.status', '=', f.status);
	if (f.q) {
		const like = `%${escapeLike(f.q)}%`;
		q = q.where((eb) => eb.or([eb('items.name', 'ilike', like), eb('items.code', 'ilike', like)]));
	}
	const rows = await q
		.select([
			'items.code',
			'items.name',
			'items.kind',
			'items.department_code',
			'items.status',
			'items.current_revision',
			'items.updated_at',
			'items.archived_at',
			'lv.latest',
			'v.effective_from',
			sql<number>`count(*) over ()`.as('total')
		])
		.orderBy('items.code')
		.limit(f.limit)
		.offset(f.offset)
		.execute();
	let total = rows.length > 0 ? Number(rows[0].total) : 0;
	if (rows.length === 0 && f.offset > 0) {
		// The window count is only present on returned rows; past the end, count separately.
		const c = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		total = Number(c.n);
	}
	return {
		total,
		rows: rows.map((r) => ({
			code: r.code,
			name: r.name,
			kind: r.kind,
			department: r.department_code,
			status: r.status,
			currentRevision: r.current_revision,
			latestVersion: r.latest ?? null,
			latestEffectiveFrom: r.effective_from ?? null,
			updatedAt: r.updated_at.toISOString(),
			archived: r.archived_at !== null
		}))
	};
}
