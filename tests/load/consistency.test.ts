// The crash tests' consistency check must itself catch damage: on a seeded registry it finds
// nothing, and each kind of breakage a torn write could leave is reported.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/lib/server/db/open';
import { seedDemo } from '../../src/lib/server/setup/demo';
import { violations } from './lib/consistency';

describe('consistency check', () => {
	let opened: OpenedDatabase;

	beforeAll(async () => {
		opened = await openDatabase({ dataDir: 'memory' });
		await seedDemo(opened.db);
	});
	afterAll(() => opened?.close());

	it('finds nothing wrong in a healthy registry', async () => {
		expect(await violations(opened.db)).toEqual([]);
	});

	it('reports a version whose bytes do not match its hash, and a gap in numbering', async () => {
		const v = await opened.db
			.selectFrom('versions')
			.selectAll()
			.orderBy('id')
			.executeTakeFirstOrThrow();
		const item = await opened.db
			.selectFrom('items')
			.select('code')
			.where('id', '=', v.item_id)
			.executeTakeFirstOrThrow();
		await opened.db
			.insertInto('versions')
			.values({
				item_id: v.item_id,
				n: 3,
				revision_id: v.revision_id,
				bundle: v.bundle.replace('"', '"x'),
				hash: v.hash,
				effective_from: v.effective_from,
				published_by: v.published_by,
				approved_by: v.approved_by
			})
			.execute();
		const found = await violations(opened.db);
		expect(found).toContain(`${item.code}: versions 1,3`);
		expect(found).toContain(`${item.code} v3: bundle bytes do not hash to ${v.hash}`);
		expect(found).toContain(`${item.code} v3: 0 item.publish audit entries`);
	});

	it('reports an item whose current revision is missing', async () => {
		const item = await opened.db
			.selectFrom('items')
			.select(['id', 'code'])
			.orderBy('id', 'desc')
			.executeTakeFirstOrThrow();
		await sql`update items set current_revision = 2 where id = ${item.id}`.execute(opened.db);
		expect(await violations(opened.db)).toContain(`${item.code}: revisions 1 but current 2`);
	});
});
