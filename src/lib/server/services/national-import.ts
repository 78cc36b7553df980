// Importing a national platform exchange file: a preview of what each item would do (create a new
// item, add a draft revision to an existing one, or nothing when it is unchanged), then the import
// itself in one transaction, so a file either lands whole, as drafts, or not at all.
import type { Item } from '../../domain/item/types';
import { fromNational } from '../../domain/national';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import { getItemByCode, lockItemByCode, updateItem } from '../db/items';
import { getCurrentRevision, getRevision, insertRevision } from '../db/revisions';
import { conflict, invalid, m } from '../errors';
import { checkDraftDocument } from './checks';
import type { ServiceContext } from './context';
import { documentHash } from './hash';
import { storeNewItem } from './store-item';
import type { ItemService } from './items';

export type ImportAction = 'create' | 'change' | 'same';

export interface ImportLine {
	code: string;
	name: string;
	department: string;
	action: ImportAction;
	/** the draft revision the item has after the import (when committed) */
	revision?: number;
}

/** `items[0].basic.task_type` → `/items/0/basic/task_type`, the pointer problem+json speaks. */
export function pointerOf(path: string): string {
	if (!path) return '';
	return (
		'/' +
		path
			.replace(/\[(\d+)\]/g, '.$1')
			.replace(/^\./, '')
			.split('.')
			.join('/')
	);
}

export class NationalImportService {
	constructor(
		private readonly c: ServiceContext,
		private readonly items: ItemService
	) {}

	private parse(file: unknown): Item[] {
		const r = fromNational(file, { locale: this.c.locale });
		// the same checks as creating an item from a document (unsafe patterns in the form, …)
		if (r.ok) return r.items.map((item) => checkDraftDocument(item, this.c.locale));
		throw invalid('national-invalid', {
			detail: m('server.national.invalid', { count: r.errors.length }),
			errors: r.errors.map((e) => ({ pointer: pointerOf(e.path), message: e.message }))
		});
	}

	/** What importing the file would do, item by item; changes nothing. */
	async preview(actor: Actor | null, file: unknown): Promise<ImportLine[]> {
		const user = signedIn(actor);
		authorize(user, 'create');
		const lines: ImportLine[] = [];
		for (const item of this.parse(file)) {
			const row = await getItemByCode(this.c.db, item.code);
			if (!row) {
				const department = await this.items.departmentFor(user, item, undefined);
				lines.push({ code: item.code, name: item.name, department, action: 'create' });
				continue;
			}
			authorize(user, 'edit', {
				department: row.department_code,
				status: row.status,
				archived: row.archived_at !== null
			});
			const current = await getCurrentRevision(this.c.db, row.id);
			const same = current && documentHash(current.document) === documentHash(item);
			lines.push({
				code: item.code,
				name: item.name,
				department: row.department_code,
				action: same ? 'same' : 'change'
			});
		}
		return lines;
	}

	/** Imports every item of the file as drafts, in one transaction. */
	async commit(actor: Actor | null, file: unknown): Promise<ImportLine[]> {
		const user = signedIn(actor);
		const lines = await this.preview(user, file);
		const items = this.parse(file);
		return this.c.db.transaction().execute(async (tx) => {
			const done: ImportLine[] = [];
			for (const [i, item] of items.entries()) {
				const line = lines[i];
				const row = await lockItemByCode(tx, item.code);
				if (!row) {
					if (line.action !== 'create')
						throw conflict('item-exists', m('server.item.exists', { code: item.code }));
					await this.items.refuseDuplicateName(tx, line.department, item.name, item.base?.code);
					await storeNewItem(tx, user, item, line.department, { import: 'national' });
					done.push({ ...line, revision: 1 });
					continue;
				}
				const current = (await getRevision(tx, row.id, row.current_revision))!;
				if (documentHash(current.document) === documentHash(item)) {
					done.push({ ...line, action: 'same', revision: row.current_revision });
					continue;
				}
				authorize(user, 'edit', {
					department: row.department_code,
					status: row.status,
					archived: row.archived_at !== null
				});
				const n = row.current_revision + 1;
				await insertRevision(tx, {
					itemId: row.id,
					n,
					document: item,
					authorId: user.id,
					baseRevision: row.current_revision
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
					subject: `item:${item.code}`,
					beforeHash: documentHash(current.document),
					afterHash: documentHash(item),
					detail: { revision: n, baseRevision: row.current_revision, import: 'national' }
				});
				done.push({ ...line, action: 'change', revision: n });
			}
			return done;
		});
	}
}
