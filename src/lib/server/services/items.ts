// Items and their drafts: list, read, create, save with optimistic concurrency, history. Who may do
// each is the workflow's can(); editors see and change their own departments' items only.
import type { Item } from '../../domain/item/types';
import { todayInChina } from '../../domain/workdays/today';
import {
	departmentScope,
	displayStatus,
	type DisplayStatus,
	type ItemStatus
} from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import { findDepartmentByCreditCode, getDepartment } from '../db/departments';
import { isUniqueViolation, isUnstorableSearch } from '../db/errors';
import { getItemByCode, insertItem, listItems, lockItemByCode, updateItem } from '../db/items';
import { decideReview, listReviews, pendingReviewOf, type ReviewView } from '../db/reviews';
import { getRevision, insertRevision, listRevisions, type RevisionSummary } from '../db/revisions';
import type { ItemRow } from '../db/schema';
import { latestVersion, type VersionSummary } from '../db/versions';
import { listTemplateSlugs, readTemplate } from '../setup/templates';
import { badRequest, conflict, invalid, m, notFound } from '../errors';
import { checkDraftDocument } from './checks';
import type { ServiceContext } from './context';
import { documentHash } from './hash';

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

export interface ItemQuery {
	department?: string;
	kind?: string;
	status?: DisplayStatus;
	q?: string;
	limit: number;
	offset: number;
}

export interface SaveResult {
	code: string;
	revision: number;
	status: ItemStatus;
	withdrawnReview: number | null;
}

export interface CreateInput {
	/** exactly one of document and template */
	document?: unknown;
	template?: string;
	department?: string;
}

export class ItemService {
	constructor(private readonly c: ServiceContext) {}

	/** The item row; 404 when there is none. */
	async row(code: string): Promise<ItemRow> {
		const item = await getItemByCode(this.c.db, code);
		if (!item) throw notFound(m('server.item.notFound', { code }));
		return item;
	}

	/** The item row, once `actor` may read it. */
	async readable(actor: Actor | null, code: string): Promise<ItemRow> {
		signedIn(actor);
		const item = await this.row(code);
		authorize(actor, 'read', { department: item.department_code });
		return item;
	}

	async list(actor: Actor | null, f: ItemQuery) {
		const user = signedIn(actor);
		const scope = departmentScope(user, 'read');
		if (isUnstorableSearch(f.q)) return { items: [], total: 0 };
		const { rows, total } = await listItems(this.c.db, {
			...f,
			departments: scope === 'all' ? undefined : scope,
			today: todayInChina()
		});
		const items = rows.map((r) => ({
			code: r.code,
			name: r.name,
			kind: r.kind,
			department: r.department,
			status: displayStatus(r.status, r.latestEffectiveFrom, todayInChina()),
			revision: r.currentRevision,
			latestVersion: r.latestVersion,
			updatedAt: r.updatedAt
		}));
		return { items, total };
	}

	async detail(actor: Actor | null, code: string): Promise<ItemDetail> {
		return this.detailOf(await this.readable(actor, code));
	}

	private async detailOf(item: ItemRow): Promise<ItemDetail> {
		const { db } = this.c;
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
			status: displayStatus(item.status, latest?.effectiveFrom, todayInChina()),
			revision: item.current_revision,
			document: revision!.document,
			updatedAt: item.updated_at.toISOString(),
			latestVersion: latest ?? null,
			pendingReview: pending ?? null,
			reviews
		};
	}

	/** The starter templates by slug, for the new-item dialog. */
	templates(actor: Actor | null) {
		signedIn(actor);
		return listTemplateSlugs().map((slug) => {
			const doc = readTemplate(slug) as { code?: string; name?: string; kind?: string };
			return { slug, code: doc?.code, name: doc?.name, kind: doc?.kind };
		});
	}

	async create(actor: Actor | null, input: CreateInput): Promise<ItemDetail> {
		const user = signedIn(actor);
		if ((input.template === undefined) === (input.document === undefined))
			throw badRequest(m('server.item.templateOrDocument'));
		let document = input.document;
		if (input.template !== undefined) {
			document = readTemplate(input.template);
			if (document === undefined)
				throw invalid('unknown-template', {
					detail: m('server.item.unknownTemplate', { template: input.template }),
					errors: [{ pointer: '/template', message: input.template }]
				});
		}
		authorize(user, 'create');
		const item = checkDraftDocument(document, this.c.locale);
		const department = await this.departmentFor(user, item, input.department);
		const { db } = this.c;
		const exists = conflict('item-exists', m('server.item.exists', { code: item.code }));
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
					authorId: user.id,
					baseRevision: null
				});
				await appendAudit(tx, {
					actorId: user.id,
					actor: user.username,
					action: 'item.create',
					subject: `item:${item.code}`,
					afterHash: documentHash(item),
					detail: {
						revision: 1,
						department,
						...(input.template && { template: input.template })
					}
				});
				return row;
			})
			.catch((error) => {
				// Two creations of the same code at once: the unique index decides, the loser gets 409.
				throw isUniqueViolation(error) ? exists : error;
			});
		return this.detailOf(created);
	}

	/**
	 * The department a new item belongs to: the one registered with its implementing department's
	 * credit code, else the one asked for, else the editor's only one — and the editor must be an
	 * editor of it (issue 12: no item under another department's credit code).
	 */
	private async departmentFor(
		user: Actor,
		item: Item,
		requested: string | undefined
	): Promise<string> {
		const { db } = this.c;
		if (requested && !(await getDepartment(db, requested)))
			throw invalid('unknown-department', {
				detail: m('server.item.unknownDepartment', { department: requested })
			});
		const owner = await findDepartmentByCreditCode(db, item.department.creditCode);
		const department =
			owner?.code ?? requested ?? (user.departments.length === 1 ? user.departments[0] : undefined);
		if (!department)
			throw invalid('department-required', { detail: m('server.item.departmentRequired') });
		authorize(user, 'create', { department });
		if (requested && requested !== department)
			throw invalid('department-mismatch', {
				detail: m('server.item.departmentMismatch', { owner: department, department: requested }),
				errors: [{ pointer: '/department/creditCode', message: item.department.creditCode }]
			});
		return department;
	}

	async saveDraft(
		actor: Actor | null,
		code: string,
		input: { baseRevision: number; document: unknown }
	): Promise<SaveResult> {
		const user = signedIn(actor);
		// Authorize before validating so other departments learn nothing from validation messages.
		const existing = await this.row(code);
		authorize(user, 'edit', { department: existing.department_code });
		const item = checkDraftDocument(input.document, this.c.locale);
		if (item.code !== code)
			throw invalid('code-mismatch', {
				detail: m('server.item.codeMismatch', { documentCode: item.code, code }),
				errors: [{ pointer: '/code', message: m('server.item.mustEqual', { value: code }) }]
			});
		return this.c.db.transaction().execute(async (tx) => {
			const row = (await lockItemByCode(tx, code))!;
			const current = (await getRevision(tx, row.id, row.current_revision))!;
			if (input.baseRevision !== row.current_revision)
				throw conflict(
					'stale-revision',
					m('server.item.stale', {
						author: current.author,
						current: row.current_revision,
						base: input.baseRevision
					}),
					{
						currentRevision: row.current_revision,
						author: current.author,
						savedAt: current.created_at.toISOString(),
						document: current.document
					}
				);
			authorize(user, 'edit', { department: row.department_code, status: row.status });
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
				authorId: user.id,
				baseRevision: input.baseRevision
			});
			await updateItem(tx, row.id, {
				currentRevision: n,
				status: 'draft',
				name: item.name,
				kind: item.kind
			});
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
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

	async revisions(actor: Actor | null, code: string): Promise<RevisionSummary[]> {
		const item = await this.readable(actor, code);
		return listRevisions(this.c.db, item.id);
	}

	async revision(actor: Actor | null, code: string, n: number) {
		const item = await this.readable(actor, code);
		const r = await getRevision(this.c.db, item.id, n);
		if (!r) throw notFound(m('server.item.revisionNotFound', { code, n }));
		return {
			code,
			n: r.n,
			author: r.author,
			baseRevision: r.base_revision,
			createdAt: r.created_at.toISOString(),
			document: r.document
		};
	}
}
