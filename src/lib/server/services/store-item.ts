// A new item as every way of creating one stores it (blank, template, copy, claim, spreadsheet and
// national imports): the item row, its first revision and the audit entry, in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Item } from '../../domain/item/types';
import { appendAudit } from '../db/audit';
import { insertItem } from '../db/items';
import { insertRevision } from '../db/revisions';
import type { Database, ItemRow } from '../db/schema';
import { documentHash } from './hash';

export async function storeNewItem(
	tx: Kysely<Database>,
	user: { id: number; username: string },
	item: Item,
	department: string,
	/** what the audit entry says besides the revision and department (template, claim, import) */
	detail: Record<string, unknown> = {}
): Promise<ItemRow> {
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
		detail: { revision: 1, department, ...detail }
	});
	return row;
}
