// Issue 12, item 2: the authored document survives storage with its key order, so the bundle the
// server publishes is byte for byte what `banshi compile` makes of the same document — for every
// template, on both engines — and revisions stored as jsonb before the change stay readable.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { migrate } from '../../src/lib/server/db/migrate';
import { migrations } from '../../src/lib/server/migrations';
import { getVersion } from '../../src/lib/server/db/versions';
import { getItemByCode } from '../../src/lib/server/db/items';
import { engines } from './engines';
import { registryWorld, registryWorldIn, templateDoc, type RegistryWorld } from './registry-world';

const list = await engines();
const slugs = readdirSync('templates')
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.slice(0, -5));

async function cliCompile(doc: unknown, dir: string): Promise<string> {
	const input = join(dir, `${(doc as { code: string }).code}.json`);
	const output = input.replace(/\.json$/, '.bundle.json');
	writeFileSync(input, JSON.stringify(doc, null, '\t'));
	const code = await main(['compile', input, '-o', output], { out: () => {}, err: () => {} });
	expect(code).toBe(0);
	return readFileSync(output, 'utf8');
}

describe.each(list)('authored key order ($name)', (engine) => {
	let w: RegistryWorld;
	let dir: string;
	beforeAll(async () => {
		w = await registryWorld(engine);
		dir = mkdtempSync(join(tmpdir(), 'banshi-order-'));
	});
	afterAll(async () => {
		rmSync(dir, { recursive: true, force: true });
		await w?.dispose();
	});

	it.each(slugs.map((s, i) => [s, i] as const))(
		'%s: the published bundle is the bytes banshi compile writes',
		async (slug, i) => {
			const doc = templateDoc(slug, String(200 + i));
			const n = await w.publish(doc);
			const item = (await getItemByCode(w.opened.db, doc.code))!;
			const published = (await getVersion(w.opened.db, item.id, n))!.bundle;
			expect(published).toBe(await cliCompile(doc, dir));
			// and the form lists its fields in the authored order
			const schema = JSON.parse(published).applicationSchema;
			const authored = Object.keys(doc.form.schema.properties);
			expect(Object.keys(schema.properties).filter((k) => authored.includes(k))).toEqual(
				authored.filter((k) => k in schema.properties)
			);
		}
	);

	it('reads the document back with its keys in the order they were saved', async () => {
		const doc = templateDoc('wild-plant-collection', '300');
		const reordered = { zz: undefined, ...doc, name: doc.name };
		delete (reordered as Record<string, unknown>).zz;
		await w.s.items.create(w.editor, { document: reordered, department: 'market' });
		const detail = await w.s.items.detail(w.editor, doc.code);
		expect(JSON.stringify(detail.document)).toBe(JSON.stringify(reordered));
	});
});

describe.each(list)('revisions stored as jsonb before migration 003 ($name)', (engine) => {
	it('are converted and stay readable', async () => {
		const opened = await engine.open();
		try {
			const { db } = opened;
			// back to the schema before 003, with one revision stored as jsonb
			await sql`alter table revisions alter column document type jsonb using document::jsonb`.execute(
				db
			);
			await sql`delete from banshi_migrations where name = '003_authored_text'`.execute(db);
			const w = await registryWorldIn(opened);
			const doc = templateDoc('food-business-licence', '400');
			await sql`insert into items (code, department_code, name, kind, status, current_revision)
				values (${doc.code}, 'market', ${doc.name}, ${doc.kind}, 'draft', 1)`.execute(db);
			await sql`insert into revisions (item_id, n, document, author_id)
				select id, 1, ${JSON.stringify(doc)}::jsonb, ${w.editor.id} from items where code = ${doc.code}`.execute(
				db
			);
			expect(await migrate(db, migrations)).toEqual(['003_authored_text']);
			const detail = await w.s.items.detail(w.editor, doc.code);
			expect(detail.document).toEqual(doc);
			// and it can be edited and published as any other
			await w.s.items.saveDraft(w.editor, doc.code, { baseRevision: 1, document: doc });
			expect(await w.republish(doc.code)).toBe(1);
		} finally {
			await opened.dispose();
		}
	});
});
