// The row of a one-thing by its code, for the services that act on one (its own, publishing's
// retirement): 404 when there is none, an item's code included.
import type { Transaction } from 'kysely';
import { getItemByCode } from '../db/items';
import type { Database, ItemRow } from '../db/schema';
import { m, notFound } from '../errors';
import type { ServiceContext } from './context';

export async function oneThingRow(
	db: ServiceContext['db'] | Transaction<Database>,
	code: string
): Promise<ItemRow> {
	const row = await getItemByCode(db, code);
	if (!row || row.document_type !== 'onething')
		throw notFound(m('server.onething.notFound', { code }));
	return row;
}
