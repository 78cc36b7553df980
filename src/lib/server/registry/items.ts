// Items and their drafts: create, read, list, save with optimistic concurrency, history.
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import type { Item } from '../../domain/item/types';
import { todayInChina } from '../../domain/workdays/today';
import { appendAudit } from '../db/audit';
import { findDepartmentByCreditCode, getDepartment } from '../db/departments';
import { getItemByCode, insertItem, listItems, lockItemByCode, updateItem } from '../db/items';
import { decideReview, listReviews, pendingReviewOf, type ReviewView } from '../db/reviews';
import { getRevision, insertRevision, listRevisions, type RevisionSummary } from '../db/revisions';
import type { Database, ItemRow, ItemStatus } from '../db/schema';
import { latestVersion, type VersionSummary } from '../db/versions';
import type { Actor } from '../auth/actor';
import { requireEditorOf } from '../auth/access';
import { conflict, forbidden, notFound, problem } from '../http/problem';
import { checkDraftDocument } from './checks';
import { documentHash } from './hash';
import { isUniqueViolation } from '../db/errors';

export type DisplayStatus = ItemStatus | 'scheduled';

export interface ItemDetail {
	code: string;
	name: string;
	kind: string;
	department: string;
	status: DisplayStatus;
	revision: number;
	document: Record<string, unknown>;
	updatedAt: string;
	latestVersion: VersionSummary | null;
	pendingReview: number | null;
	reviews: ReviewView[];
}

export function displayStatus(
	status: ItemStatus,
	latestEffectiveFrom: string | null
): DisplayStatus {
	if (status === 'published' && latestEffectiveFrom && latestEffectiveFrom > todayInChina())
		return 'scheduled';
	return status;
}

const itemNotFound = (locale: Locale, code: string) =>
	notFound(locale, [`事项 ${code} 不存在。`, `Item ${code} does not exist.`]);

export async function requireItem(
	db: Kysely<Database>,
	code: string,
	locale: Locale
): Promise<ItemRow> {
	const item = await getItemByCode(db, code);
	if (!item) throw itemNotFound(locale, code);
	return item;
}

export async function itemDetail(
	db: Kysely<Database>,
	code: string,
	locale: Locale
): Promise<ItemDetail> {
	const item = await requireItem(db, code, locale);
	const [revision, latest, pending, reviews] = await Promise.all([
		getRevision(db, item.id, item.current_revision),
		latestVersion(db, item.id),
		pendingReviewOf(db, item.id),
		listReviews(db, { itemId: item.id, limit: 20 })
	]);
	return {
		code: item.code,
		name: item.name,
		kind: item.kind,
		department: item.department_code,
		status: displayStatus(item.status, latest?.effectiveFrom ?? null),
		revision: item.current_revision,
		document: revision!.document,
		updatedAt: item.updated_at.toISOString(),
		latestVersion: latest ?? null,
		pendingReview: pending ?? null,
		reviews
	};
}

export async function searchItems(
	db: Kysely<Database>,
	f: {
		department?: string;
		kind?: string;
		status?: string;
		q?: string;
		limit: number;
		offset: number;
	}
) {
	const { rows, total } = await listItems(db, { ...f, today: todayInChina() });
	const items = rows.map((r) => ({
		code: r.code,
		name: r.name,
		kind: r.kind,
		department: r.department,
		status: displayStatus(r.status, r.latestEffectiveFrom),
		revision: r.currentRevision,
		latestVersion: r.latestVersion,
		updatedAt: r.updatedAt
	}));
	return { items, total };
}

async function resolveDepartment(
	db: Kysely<Database>,
	actor: Actor,
	item: Item,
	requested: string | undefined,
	locale: Locale
): Promise<string> {
	if (requested) {
		if (!(await getDepartment(db, requested)))
			throw problem(locale, 422, 'unknown-department', ['部门不存在', 'Unknown department'], {
				detail: [`部门 ${requested} 不存在。`, `Department ${requested} does not exist.`]
			});
		return requested;
	}
	const byCredit = await findDepartmentByCreditCode(db, item.department.creditCode);
	if (byCredit) return byCredit.code;
	if (actor.departments.length === 1) return actor.departments[0];
	throw problem(locale, 422, 'department-required', ['请指定部门', 'Department required'], {
		detail: [
			'无法从实施主体确定部门，请在请求中提供 department。',
			'The department cannot be derived from the document; give `department` in the request.'
		]
	});
}

export async function createItem(
	db: Kysely<Database>,
	actor: Actor,
	input: { document: unknown; department?: string; template?: string },
	locale: Locale
): Promise<ItemDetail> {
	if (actor.role !== 'editor')
		throw forbidden(locale, [
			'只有部门编辑可以新建事项。',
			'Only department editors may create items.'
		]);
	const item = checkDraftDocument(input.document, locale);
	const department = await resolveDepartment(db, actor, item, input.department, locale);
	requireEditorOf(actor, department, locale);
	const exists = conflict(locale, 'item-exists', [
		`事项编码 ${item.code} 已存在。`,
		`Item ${item.code} already exists.`
	]);
	const created = await db
		.transaction()
		.execute(async (tx) => {
			if (await getItemByCode(tx, item.code)) throw exists;
			const row = await insertItem(tx, {
				code: item.code,
				departmentCode: department,
				name: item.name,
				kind: item.kind
			});
			await insertRevision(tx, {
				itemId: row.id,
				n: 1,
				document: item,
				authorId: actor.id,
				baseRevision: null
			});
			await appendAudit(tx, {
				actorId: actor.id,
				actor: actor.username,
				action: 'item.create',
				subject: `item:${item.code}`,
				afterHash: documentHash(item),
				detail: { revision: 1, department, ...(input.template && { template: input.template }) }
			});
			return row;
		})
		.catch((error) => {
			// Two creations of the same code at once: the unique index decides, the loser gets 409.
			throw isUniqueViolation(error) ? exists : error;
		});
	return itemDetail(db, created.code, locale);
}

export interface SaveResult {
	code: string;
	revision: number;
	status: ItemStatus;
	withdrawnReview: number | null;
}

export async function saveDraft(
	db: Kysely<Database>,
	actor: Actor,
	code: string,
	input: { baseRevision: number; document: unknown },
	locale: Locale
): Promise<SaveResult> {
	// Authorize before validating so other departments learn nothing from validation messages.
	const existing = await requireItem(db, code, locale);
	requireEditorOf(actor, existing.department_code, locale);
	const item = checkDraftDocument(input.document, locale);
	if (item.code !== code)
		throw problem(locale, 422, 'code-mismatch', ['事项编码不一致', 'Item code mismatch'], {
			detail: [
				`文档中的事项编码 ${item.code} 与地址中的 ${code} 不一致；事项编码不能修改。`,
				`The document's code ${item.code} differs from ${code} in the URL; an item's code cannot change.`
			],
			errors: [
				{ pointer: '/code', message: locale === 'en' ? 'must equal ' + code : '应为 ' + code }
			]
		});
	return db.transaction().execute(async (tx) => {
		const row = (await lockItemByCode(tx, code))!;
		const current = (await getRevision(tx, row.id, row.current_revision))!;
		if (input.baseRevision !== row.current_revision) {
			throw conflict(
				locale,
				'stale-revision',
				[
					`草稿已被 ${current.author} 更新为第 ${row.current_revision} 版，你的修改基于第 ${input.baseRevision} 版，未保存。请合并后重试。`,
					`The draft was updated to revision ${row.current_revision} by ${current.author}; your change is based on revision ${input.baseRevision} and was not saved. Merge and retry.`
				],
				{
					currentRevision: row.current_revision,
					author: current.author,
					savedAt: current.created_at.toISOString(),
					document: current.document
				}
			);
		}
		if (row.status === 'retired')
			throw conflict(locale, 'item-retired', [
				`事项 ${code} 已取消，不能再修改。`,
				`Item ${code} is retired.`
			]);
		let withdrawn: number | null = null;
		if (row.status === 'in-review') {
			// A change during review replaces what was submitted: the pending review no longer applies.
			withdrawn = (await pendingReviewOf(tx, row.id)) ?? null;
			if (withdrawn !== null) await decideReview(tx, withdrawn, 'withdrawn', null);
		}
		const n = row.current_revision + 1;
		await insertRevision(tx, {
			itemId: row.id,
			n,
			document: item,
			authorId: actor.id,
			baseRevision: input.baseRevision
		});
		await updateItem(tx, row.id, {
			currentRevision: n,
			status: 'draft',
			name: item.name,
			kind: item.kind
		});
		await appendAudit(tx, {
			actorId: actor.id,
			actor: actor.username,
			action: 'item.save',
			subject: `item:${code}`,
			beforeHash: documentHash(current.document),
			afterHash: documentHash(item),
			detail: {
				revision: n,
				baseRevision: input.baseRevision,
				...(withdrawn && { withdrawnReview: withdrawn })
			}
		});
		return { code, revision: n, status: 'draft' as const, withdrawnReview: withdrawn };
	});
}

export async function revisionHistory(
	db: Kysely<Database>,
	code: string,
	locale: Locale
): Promise<RevisionSummary[]> {
	const item = await requireItem(db, code, locale);
	return listRevisions(db, item.id);
}

export async function revisionDetail(
	db: Kysely<Database>,
	code: string,
	n: number,
	locale: Locale
) {
	const item = await requireItem(db, code, locale);
	const r = await getRevision(db, item.id, n);
	if (!r)
		throw notFound(locale, [
			`事项 ${code} 没有第 ${n} 版草稿。`,
			`Item ${code} has no revision ${n}.`
		]);
	return {
		code,
		n: r.n,
		author: r.author,
		baseRevision: r.base_revision,
		createdAt: r.created_at.toISOString(),
		document: r.document
	};
}
