// Published versions for a large catalog without publishing each one: the catalog's approved items
// (bench/lib/catalog.ts) get copies of versions published through the real gate (the demo items),
// bundle, validator module and feed event included, through the repositories. Compiling and
// generating validators is what publishing costs; an export of 10,000 items does not need that.
import type { Kysely } from 'kysely';
import { appendPortalEvents } from '../../src/lib/server/db/portal';
import type { Database } from '../../src/lib/server/db/schema';
import { getValidator, insertValidators } from '../../src/lib/server/db/validators';
import { insertVersions } from '../../src/lib/server/db/versions';

const BATCH = 250;

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
	// one statement per table for each batch (the repositories' bulk forms), not one per item
	for (let start = 0; start < codes.length; start += BATCH) {
		const batch = codes.slice(start, start + BATCH);
		await db.transaction().execute(async (tx) => {
			const items = await tx
				.selectFrom('items as i')
				.innerJoin('revisions as r', 'r.item_id', 'i.id')
				.select(['i.id', 'i.code', 'r.id as revisionId'])
				.where('i.code', 'in', batch)
				.execute();
			const byCode = new Map(items.map((i) => [i.code, i]));
			const sourceOf = (k: number) => originals[(start + k) % originals.length];
			const copies = await insertVersions(
				tx,
				batch.map((code, k) => {
					const { v } = sourceOf(k);
					const item = byCode.get(code)!;
					return {
						itemId: item.id,
						n: 1,
						revisionId: item.revisionId,
						bundle: v.bundle,
						hash: v.hash,
						effectiveFrom: v.effective_from,
						publishedBy: v.published_by,
						approvedBy: v.approved_by
					};
				})
			);
			const copyOf = new Map(copies.map((c) => [c.item_id, c.id]));
			await insertValidators(
				tx,
				batch.map((code, k) => ({
					versionId: copyOf.get(byCode.get(code)!.id)!,
					...sourceOf(k).validator
				}))
			);
			await tx
				.updateTable('items')
				.set({ status: 'published', updated_at: new Date() })
				.where(
					'id',
					'in',
					items.map((i) => i.id)
				)
				.execute();
			await appendPortalEvents(
				tx,
				batch.map((code) => ({ itemCode: code, event: 'published', version: 1 }))
			);
		});
	}
}
