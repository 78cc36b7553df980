// Items and their drafts: list, read, create, save with optimistic concurrency, workflow changes of
// a draft (withdraw, archive, delete). The revision history (restore, checkpoints) is in
// revision-history.ts. Who may do each is the workflow's can(); editors see and change their own
// departments' items only.
import type { Item } from '../../domain/item/types';
import { todayInChina } from '../../domain/workdays/today';
import {
	AWAITS,
	departmentScope,
	displayStatus,
	type DisplayStatus,
	type ItemStatus
} from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import { findDepartmentByCreditCode } from '../db/departments';
import { isUniqueViolation, isUnstorableSearch } from '../db/errors';
import {
	deleteItem,
	findItemByName,
	getItemByCode,
	listItems,
	lockItemByCode,
	updateItem
} from '../db/items';
import { decideReview, listReviews, pendingReviewOf, type ReviewView } from '../db/reviews';
import { getCurrentRevision, getRevision } from '../db/revisions';
import type { ItemRow } from '../db/schema';
import { latestVersion, type VersionSummary } from '../db/versions';
import { listTemplateSlugs, readTemplate } from '../setup/templates';
import { AppError, badRequest, conflict, invalid, m, notFound } from '../errors';
import { knownDepartment, resolveDepartment } from './department-choice';
import { LEVEL_CODES } from '../../domain/item/codes';
import { checkDraftDocument, checkStorableDraft } from './checks';
import type { ServiceContext } from './context';
import { documentHash } from './hash';
import { lockedAtBase, savedUnderItsCode, writeDraftRevision } from './revision-history';
import { storeNewItem } from './store-item';

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
	archived: boolean;
	/** whether the current draft passes every item check (only then can it be submitted) */
	valid: boolean;
}

export interface ItemQuery {
	department?: string;
	kind?: string;
	status?: DisplayStatus;
	q?: string;
	archived?: boolean;
	/** only items whose current draft the user wrote */
	mine?: boolean;
	/** only items waiting for the user: returned or approved for editors, in review for reviewers */
	waiting?: boolean;
	limit: number;
	offset: number;
}

export interface SaveResult {
	code: string;
	revision: number;
	status: ItemStatus;
	withdrawnReview: number | null;
	/** whether the stored draft passes every item check */
	valid: boolean;
}

export interface CreateInput {
	/** exactly one of document, template and claim */
	document?: unknown;
	template?: string;
	/** code of a published item to claim (认领) as a local implementation */
	claim?: string;
	department?: string;
}

export class ItemService {
	constructor(private readonly c: ServiceContext) {}

	/** The item row; 404 when there is none. */
	async row(code: string): Promise<ItemRow> {
		const item = await getItemByCode(this.c.db, code);
		// a one-thing (一件事) shares the code namespace but is edited under /onethings
		if (!item || item.document_type !== 'item') throw notFound(m('server.item.notFound', { code }));
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
		const { mine, waiting, ...filter } = f;
		const { rows, total } = await listItems(this.c.db, {
			...filter,
			departments: scope === 'all' ? undefined : scope,
			authorId: mine ? user.id : undefined,
			statuses: waiting ? [...AWAITS[user.role]] : undefined,
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
			updatedAt: r.updatedAt,
			archived: r.archived
		}));
		return { items, total };
	}

	async detail(actor: Actor | null, code: string): Promise<ItemDetail> {
		return this.detailOf(await this.readable(actor, code));
	}

	private async detailOf(item: ItemRow): Promise<ItemDetail> {
		const { db } = this.c;
		const [revision, latest, pending, reviews] = await Promise.all([
			getCurrentRevision(db, item.id),
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
			// the number read with the document, so a save based on it is based on what was shown
			revision: revision.n,
			document: revision.document,
			updatedAt: item.updated_at.toISOString(),
			latestVersion: latest ?? null,
			pendingReview: pending ?? null,
			reviews,
			archived: item.archived_at !== null,
			valid: revision.valid
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
		const sources = [input.template, input.document, input.claim].filter((x) => x !== undefined);
		if (sources.length !== 1) throw badRequest(m('server.item.oneSource'));
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
		if (input.claim !== undefined)
			document = await this.claimed(user, input.claim, input.department);
		const item = checkDraftDocument(document, this.c.locale);
		const department = await this.departmentFor(user, item, input.department);
		const { db } = this.c;
		const exists = conflict('item-exists', m('server.item.exists', { code: item.code }));
		const created = await db
			.transaction()
			.execute(async (tx) => {
				if (await getItemByCode(tx, item.code)) throw exists;
				await this.refuseDuplicateName(tx, department, item.name, item.base?.code);
				return storeNewItem(tx, user, item, department, {
					...(input.template && { template: input.template }),
					...(input.claim && { claim: input.claim })
				});
			})
			.catch((error) => {
				// Two creations of the same code at once: the unique index decides, the loser gets 409.
				throw isUniqueViolation(error) ? exists : error;
			});
		return this.detailOf(created);
	}

	/**
	 * Two live items of one department with the same name confuse everyone from the catalog to the
	 * portal (issue 14: a template's name taken twice by one click); 409 names the existing one. A
	 * local implementation may keep the name of the base item it implements.
	 */
	async refuseDuplicateName(
		db: Parameters<typeof findItemByName>[0],
		department: string,
		name: string,
		base: string | undefined
	) {
		const twin = await findItemByName(db, department, name);
		if (twin && twin.code !== base)
			throw new AppError('conflict', {
				slug: 'duplicate-name',
				detail: m('server.item.duplicateName', { name, code: twin.code }),
				errors: [{ pointer: '/name', message: m('server.item.nameTaken', { code: twin.code }) }],
				extensions: { existing: twin.code }
			});
	}

	/**
	 * 认领: a local implementation (实施清单事项) of a published item of the base catalog, for the
	 * claiming department: its content pre-filled from the newest version, `base` naming that version,
	 * the department's name and credit code, and the implementation code built from them (credit code
	 * + level digit + the base item's 12-character base code, see domain/item/code.ts).
	 */
	private async claimed(user: Actor, code: string, requested: string | undefined) {
		const { db } = this.c;
		const base = await getItemByCode(db, code);
		const version = base && (await latestVersion(db, base.id));
		if (!base || !version)
			throw invalid('not-claimable', {
				detail: m('server.item.notPublishedBase', { code }),
				errors: [{ pointer: '/claim', message: code }]
			});
		const dept = await resolveDepartment(db, user, requested);
		if (!dept.creditCode)
			throw invalid('not-claimable', {
				detail: m('server.item.claimDepartmentNoCredit', { department: dept.code })
			});
		const source = (await getRevision(db, base.id, version.revision))!.document as unknown as Item;
		const level =
			source.code.length === 31
				? source.code.charAt(18)
				: (LEVEL_CODES[source.levels?.[0] ?? 'city'] ?? '3');
		const doc: Item = {
			...structuredClone(source),
			code: dept.creditCode + level + source.code.slice(-12),
			department: { name: dept.name, creditCode: dept.creditCode },
			base: { code: base.code, version: version.n }
		};
		if (doc.codeProfile === 'base') delete doc.codeProfile;
		return doc;
	}

	/**
	 * The department a new item belongs to: the one registered with its implementing department's
	 * credit code, else the one asked for, else the editor's only one — and the editor must be an
	 * editor of it (issue 12: no item under another department's credit code).
	 */
	async departmentFor(user: Actor, item: Item, requested: string | undefined): Promise<string> {
		const { db } = this.c;
		const owner = await findDepartmentByCreditCode(db, item.department.creditCode);
		// The department asked for must exist even when the credit code names another one.
		if (owner && requested) await knownDepartment(db, requested);
		const { code: department } = await resolveDepartment(db, user, owner?.code ?? requested);
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
		// A draft is stored even with problems; only what cannot be stored at all is refused.
		const draft = checkStorableDraft(input.document, this.c.locale);
		const doc = draft.document;
		savedUnderItsCode(doc, code);
		const hash = documentHash(doc);
		return this.c.db.transaction().execute(async (tx) => {
			const { row, current, unchanged } = await lockedAtBase(
				tx,
				user,
				code,
				input.baseRevision,
				hash
			);
			if (unchanged)
				return {
					code,
					revision: row.current_revision,
					status: row.status,
					withdrawnReview: null,
					valid: current.valid
				};
			const n = row.current_revision + 1;
			const valid = draft.item !== undefined;
			const { continued } = await writeDraftRevision(tx, {
				itemId: row.id,
				current,
				n,
				document: doc,
				authorId: user.id,
				baseRevision: input.baseRevision,
				valid
			});
			// The catalog keeps the last usable name and kind while the draft has none.
			const name = typeof doc.name === 'string' && doc.name.trim() ? doc.name : row.name;
			const kind = valid ? String(doc.kind) : row.kind;
			await updateItem(tx, row.id, { currentRevision: n, status: 'draft', name, kind });
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'item.save',
				subject: `item:${code}`,
				beforeHash: documentHash(current.document),
				afterHash: hash,
				detail: {
					revision: n,
					baseRevision: input.baseRevision,
					...(continued && { continued: current.n }),
					...(!valid && { problems: draft.problems })
				}
			});
			return { code, revision: n, status: 'draft' as const, withdrawnReview: null, valid };
		});
	}

	/** 撤回提交: the pending review is withdrawn and the item is a draft again (issue 14 item 3). */
	async withdraw(actor: Actor | null, code: string): Promise<ItemDetail> {
		return this.transition(actor, code, 'withdraw', withdrawPending);
	}

	/** Archive or bring back a never-published draft; archived items leave the catalog's default view. */
	async setArchived(actor: Actor | null, code: string, archived: boolean): Promise<ItemDetail> {
		return this.transition(actor, code, archived ? 'archive' : 'unarchive', async (tx, row) => {
			await updateItem(tx, row.id, { archivedAt: archived ? new Date() : null });
			return {};
		});
	}

	/** Delete a draft that was never published (nothing of it ever reached a portal). */
	async remove(actor: Actor | null, code: string): Promise<void> {
		await this.transition(actor, code, 'delete', async (tx, row) => {
			await deleteItem(tx, row.id);
			return { name: row.name };
		});
	}

	/** One locked, authorized, audited change of an item's workflow state; answers the item after. */
	private async transition(
		actor: Actor | null,
		code: string,
		action: 'withdraw' | 'archive' | 'unarchive' | 'delete',
		change: (
			tx: Parameters<typeof lockItemByCode>[0],
			row: ItemRow
		) => Promise<Record<string, unknown>>
	): Promise<ItemDetail> {
		const user = signedIn(actor);
		await transitionLocked(this.c.db, user, await this.row(code), action, change);
		return action === 'delete' ? (undefined as unknown as ItemDetail) : this.detail(user, code);
	}
}

/** 撤回提交: the pending review withdrawn, the draft editable again (an item or a one-thing). */
export async function withdrawPending(
	tx: Parameters<typeof lockItemByCode>[0],
	row: ItemRow
): Promise<Record<string, unknown>> {
	const pending = await pendingReviewOf(tx, row.id);
	if (pending !== undefined) await decideReview(tx, pending, 'withdrawn', null);
	await updateItem(tx, row.id, { status: 'draft' });
	return { review: pending ?? null };
}

/**
 * One locked, authorized, audited change of the workflow state of an item or a one-thing (`existing`,
 * read before the lock): can() is asked again under the lock, and the audit names the document type.
 */
export async function transitionLocked(
	db: ServiceContext['db'],
	user: Actor,
	existing: ItemRow,
	action: 'withdraw' | 'archive' | 'unarchive' | 'delete',
	change: (
		tx: Parameters<typeof lockItemByCode>[0],
		row: ItemRow
	) => Promise<Record<string, unknown>>
): Promise<void> {
	authorize(user, action, { department: existing.department_code });
	const type = existing.document_type === 'onething' ? 'onething' : 'item';
	await db.transaction().execute(async (tx) => {
		const row = (await lockItemByCode(tx, existing.code))!;
		authorize(user, action, {
			department: row.department_code,
			status: row.status,
			published: (await latestVersion(tx, row.id)) !== undefined,
			archived: row.archived_at !== null
		});
		const detail = await change(tx, row);
		await appendAudit(tx, {
			actorId: user.id,
			actor: user.username,
			action: `${type}.${action}`,
			subject: `${type}:${row.code}`,
			detail: { revision: row.current_revision, ...detail }
		});
	});
}
