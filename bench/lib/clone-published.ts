// Published versions for a large catalog without publishing each one: the catalog's approved items
// (bench/lib/catalog.ts) get copies of versions published through the real gate (the demo items),
// bundle, validator module and feed event included, through the repositories. Compiling and
// generating validators is what publishing costs; an export of 10,000 items does not need that.
import type { Kysely } from 'kysely';
import { updateItem } from '../../src/lib/server/db/items';
import { appendPortalEvent } from '../../src/lib/server/db/portal';
import type { Database } from '../../src/lib/server/db/schema';
import { getValidator, insertValidator } from '../../src/lib/server/db/validators';
import { insertVersion } from '../../src/lib/server/db/versions';

/** Gives each of `codes` a first version, copied round-robin from the items published as `sources`. */
export async function clonePublished(
	db: Kysely<Database>,
	sources: string[],
	codes: string[]
): Promise<void> {
	const originals = await Promise.all(
		sources.map(async (code) => {
			const v = await db
				.selectFrom('versions as v')
				.innerJoin('items as i', 'i.id', 'v.item_id')
				.selectAll('v')
				.where('i.code', '=', code)
				.where('v.n', '=', 1)
				.executeTakeFirstOrThrow();
			return { v, validator: (await getValidator(db, v.id))! };
		})
	);
	for (let start = 0; start < codes.length; start += 250) {
		await db.transaction().execute(async (tx) => {
			for (const [k, code] of codes.slice(start, start + 250).entries()) {
				const { v, validator } = originals[(start + k) % originals.length];
				const item = await tx
					.selectFrom('items as i')
					.innerJoin('revisions as r', 'r.item_id', 'i.id')
					.select(['i.id', 'r.id as revisionId'])
					.where('i.code', '=', code)
					.executeTakeFirstOrThrow();
				const copy = await insertVersion(tx, {
					itemId: item.id,
					n: 1,
					revisionId: item.revisionId,
					bundle: v.bundle,
					hash: v.hash,
					effectiveFrom: v.effective_from,
					publishedBy: v.published_by,
					approvedBy: v.approved_by
				});
				await insertValidator(tx, { versionId: copy.id, ...validator });
				await updateItem(tx, item.id, { status: 'published' });
				await appendPortalEvent(tx, { itemCode: code, event: 'published', version: 1 });
			}
		});
	}
}
