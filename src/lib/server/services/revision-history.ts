// An item's revision history: the list of revisions and one revision's content, 恢复此修订 (a new
// draft with an old revision's content) and 保存检查点 (a named revision). The history is never
// rewritten; every change needs the current revision as its base, like a save of the draft. Saves of
// items and 一件事 share the locked preamble and the writing of a draft revision from here.
import { checkpointLabel, continuesWorkingRevision } from '../../domain/workflow/revisions';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import { lockItemByCode, updateItem } from '../db/items';
import {
	continueWorkingRevision,
	getRevision,
	insertRevision,
	isCheckpoint,
	listRevisions,
	nameRevision,
	type RevisionSummary,
	type StoredRevision
} from '../db/revisions';
import type { ItemRow } from '../db/schema';
import { AppError, badRequest, conflict, invalid, m, notFound } from '../errors';
import { checkStorableDraft } from './checks';
import type { ServiceContext } from './context';
import { documentHash } from './hash';
import type { ItemDetail, ItemService } from './items';

/** 409: someone saved since `base`; the answer carries their revision so nothing is lost. */
/** A draft is saved under the code it carries: one that names another code is refused at /code. */
export function savedUnderItsCode(doc: { code?: unknown }, code: string): void {
	if (doc.code !== code)
		throw invalid('code-mismatch', {
			detail: m('server.item.codeMismatch', { documentCode: String(doc.code), code }),
			errors: [{ pointer: '/code', message: m('server.item.mustEqual', { value: code }) }]
		});
}

export function stale(current: StoredRevision, base: number): AppError {
	return conflict(
		'stale-revision',
		m('server.item.stale', { author: current.author, current: current.n, base }),
		{
			currentRevision: current.n,
			author: current.author,
			savedAt: (current.saved_at ?? current.created_at).toISOString(),
			document: current.document
		}
	);
}

type Tx = Parameters<typeof lockItemByCode>[0];

/**
 * Inside a transaction: the item locked for a change by `user` on top of revision `base`, with its
 * current revision; 409 when someone saved since `base`, refused when `user` may not edit it now.
 * For a save, `hash` is the saved content's: when that is already the current revision's content it
 * is no change and no conflict, whatever revision it was based on (an offline copy that reached the
 * server another way; issue 14 item 8), and `unchanged` is set before the base or the permission is
 * checked, so the caller answers the current revision as it is.
 */
export async function lockedAtBase(
	tx: Tx,
	user: Actor,
	code: string,
	base: number,
	hash?: string
): Promise<{ row: ItemRow; current: StoredRevision; unchanged: boolean }> {
	const row = (await lockItemByCode(tx, code))!;
	const current = (await getRevision(tx, row.id, row.current_revision))!;
	if (hash !== undefined && documentHash(current.document) === hash && row.status !== 'retired')
		return { row, current, unchanged: true };
	if (base !== row.current_revision) throw stale(current, base);
	authorize(user, 'edit', {
		department: row.department_code,
		status: row.status,
		archived: row.archived_at !== null
	});
	return { row, current, unchanged: false };
}

/**
 * Writes a saved draft as revision `n` on top of `current` (the item is locked): autosaves of one
 * sitting move one working revision forward (issue 14 item 9), its number rising all the same so
 * another editor's copy based on it is still refused; otherwise a new revision. `continued` says
 * which, for the audit.
 */
export async function writeDraftRevision(
	tx: Tx,
	r: {
		itemId: number;
		current: StoredRevision;
		n: number;
		document: Record<string, unknown>;
		authorId: number;
		baseRevision: number;
		valid: boolean;
	}
): Promise<{ continued: boolean }> {
	const { current } = r;
	const continued =
		continuesWorkingRevision(
			{
				authorId: current.author_id,
				checkpoint: await isCheckpoint(tx, current),
				savedAt: current.saved_at ?? current.created_at
			},
			r.authorId,
			new Date()
		) &&
		(await continueWorkingRevision(tx, current.id, {
			n: r.n,
			document: r.document,
			valid: r.valid
		}));
	if (!continued)
		await insertRevision(tx, {
			itemId: r.itemId,
			n: r.n,
			document: r.document,
			authorId: r.authorId,
			baseRevision: r.baseRevision,
			valid: r.valid
		});
	return { continued };
}

export class RevisionHistoryService {
	constructor(
		private readonly c: ServiceContext,
		private readonly items: ItemService
	) {}

	async revisions(actor: Actor | null, code: string): Promise<RevisionSummary[]> {
		const item = await this.items.readable(actor, code);
		return listRevisions(this.c.db, item.id);
	}

	async revision(actor: Actor | null, code: string, n: number) {
		const item = await this.items.readable(actor, code);
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

	/**
	 * 恢复此修订: a new draft revision with the content of revision `n`, on top of the history (which
	 * is never rewritten). Like a save it needs the current revision as its base.
	 */
	async restore(
		actor: Actor | null,
		code: string,
		n: number,
		input: { baseRevision: number }
	): Promise<ItemDetail> {
		const user = signedIn(actor);
		const existing = await this.items.row(code);
		authorize(user, 'edit', { department: existing.department_code });
		await this.c.db.transaction().execute(async (tx) => {
			const { row, current } = await lockedAtBase(tx, user, code, input.baseRevision);
			const source = await getRevision(tx, row.id, n);
			if (!source) throw notFound(m('server.item.revisionNotFound', { code, n }));
			const draft = checkStorableDraft(source.document, this.c.locale);
			const next = row.current_revision + 1;
			const valid = draft.item !== undefined;
			await insertRevision(tx, {
				itemId: row.id,
				n: next,
				document: draft.document,
				authorId: user.id,
				baseRevision: row.current_revision,
				valid,
				restoredFrom: n
			});
			const name = typeof draft.document.name === 'string' && draft.document.name.trim();
			await updateItem(tx, row.id, {
				currentRevision: next,
				status: 'draft',
				name: name ? String(draft.document.name) : row.name,
				kind: valid ? String(draft.document.kind) : row.kind
			});
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'item.restore',
				subject: `item:${code}`,
				beforeHash: documentHash(current.document),
				afterHash: documentHash(draft.document),
				detail: { revision: next, restoredFrom: n, baseRevision: input.baseRevision }
			});
		});
		return this.items.detail(user, code);
	}

	/** 保存检查点: the current revision keeps the name the editor gives it and ends the sitting. */
	async checkpoint(
		actor: Actor | null,
		code: string,
		input: { baseRevision: number; label: string }
	): Promise<RevisionSummary> {
		const user = signedIn(actor);
		const existing = await this.items.row(code);
		authorize(user, 'edit', { department: existing.department_code });
		const label = checkpointLabel(input.label);
		if (label === undefined)
			throw badRequest(m('server.item.checkpointLabel'), [
				{ pointer: '/label', message: m('server.item.checkpointLabel') }
			]);
		const id = await this.c.db.transaction().execute(async (tx) => {
			const { row, current } = await lockedAtBase(tx, user, code, input.baseRevision);
			await nameRevision(tx, current.id, label);
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'item.checkpoint',
				subject: `item:${code}`,
				afterHash: documentHash(current.document),
				detail: { revision: current.n, label }
			});
			return row.id;
		});
		const all = await listRevisions(this.c.db, id);
		return all.find((r) => r.n === input.baseRevision)!;
	}
}
