// Export → import into an empty database → export again gives the same bytes (ids are kept; the
// only field allowed to differ, exportedAt, is pinned here), on each engine and from one engine to
// the other. Bundles keep their exact bytes and hashes; passwords and sessions never leave.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempPostgres, postgresAdminUrl } from '../db/engines';
import { openDatabase, type OpenedDatabase } from '../../src/lib/server/db/open';
import type { Database } from '../../src/lib/server/db/schema';
import { exportDatabase, BackupError } from '../../src/lib/server/backup/export';
import { importDatabase, NO_PASSWORD } from '../../src/lib/server/backup/import';
import { createServices } from '../../src/lib/server/services';
import { actorById } from '../../src/lib/server/services/session';
import { templateDocument } from '../api/client';
import { violations } from '../load/lib/consistency';
import { buildWorld } from './world';

const AT = new Date('2026-11-25T02:00:00.000Z');

type Engine = 'pglite' | 'postgres';
const opened: (OpenedDatabase & { drop?: () => Promise<void> })[] = [];

async function fresh(engine: Engine) {
	if (engine === 'pglite') {
		const db = await openDatabase({ dataDir: 'memory' });
		opened.push(db);
		return db;
	}
	const temp = (await createTempPostgres())!;
	const db = { ...(await openDatabase({ databaseUrl: temp.url, poolSize: 2 })), drop: temp.drop };
	opened.push(db);
	return db;
}

async function dump(db: Kysely<Database>): Promise<string> {
	let text = '';
	await exportDatabase(db, (chunk) => void (text += chunk), AT);
	return text;
}

const engines: Engine[] = (await postgresAdminUrl()) ? ['pglite', 'postgres'] : ['pglite'];
if (process.env.CI && engines.length < 2)
	throw new Error('CI requires PostgreSQL on 127.0.0.1:5432');

afterAll(async () => {
	for (const db of opened) {
		await db.close();
		await db.drop?.();
	}
});

describe.each(engines)('backup round trip (%s)', (engine) => {
	let source: Kysely<Database>;
	let first: string;
	let parsed: { tables: Record<string, Record<string, unknown>[]> };

	beforeAll(async () => {
		source = (await fresh(engine)).db;
		await buildWorld(source);
		first = await dump(source);
		parsed = JSON.parse(first);
	});

	it('holds every record table, and neither password hashes nor sessions', async () => {
		for (const table of [
			'departments',
			'users',
			'user_departments',
			'items',
			'revisions',
			'review_requests',
			'review_comments',
			'versions',
			'retirements',
			'calendar_overrides',
			'calendar_years',
			'audit_log',
			'portal_events'
		])
			expect(parsed.tables[table]?.length, table).toBeGreaterThan(0);
		expect(Object.keys(parsed.tables)).not.toContain('sessions');
		expect(first).not.toContain('secret-session-hash');
		expect(first).not.toContain('$argon2');
		for (const u of parsed.tables.users) expect(u).not.toHaveProperty('password_hash');
	});

	it('imports into an empty database and exports the same bytes again', async () => {
		const target = (await fresh(engine)).db;
		const summary = await importDatabase(target, JSON.parse(first));
		expect(summary.rows.versions).toBe(parsed.tables.versions.length);
		expect(await dump(target)).toBe(first);
		expect(await violations(target)).toEqual([]);
		// bundles are the stored bytes, not a re-serialisation
		const versions = await target
			.selectFrom('versions')
			.select(['id', 'bundle', 'hash'])
			.orderBy('id')
			.execute();
		expect(versions.map((v) => [v.bundle, v.hash])).toEqual(
			parsed.tables.versions.map((v) => [v.bundle, v.hash])
		);
		const users = await target.selectFrom('users').select('password_hash').execute();
		expect(new Set(users.map((u) => u.password_hash))).toEqual(new Set([NO_PASSWORD]));

		// new rows continue after the restored ids instead of colliding with them
		const editor = await target
			.selectFrom('users')
			.select('id')
			.where('username', '=', 'editor')
			.executeTakeFirstOrThrow();
		const created = await createServices(target).items.create(
			(await actorById(target, editor.id))!,
			{ document: templateDocument('construction-permit') }
		);
		const row = await target
			.selectFrom('items')
			.select('id')
			.where('code', '=', created.code)
			.executeTakeFirstOrThrow();
		expect(row.id).toBeGreaterThan(Math.max(...parsed.tables.items.map((i) => i.id as number)));
	});

	it('refuses a database that already holds data, and changes nothing in it', async () => {
		const before = await dump(source);
		await expect(importDatabase(source, JSON.parse(first))).rejects.toThrow(/not empty/);
		expect(await dump(source)).toBe(before);
	});

	it('refuses what is not a backup, or a damaged one, before touching anything', async () => {
		const target = (await fresh(engine)).db;
		await expect(importDatabase(target, { hello: 'world' })).rejects.toThrow(BackupError);
		const damaged = JSON.parse(first);
		delete damaged.tables.versions;
		await expect(importDatabase(target, damaged)).rejects.toThrow(/versions/);
		const newer = JSON.parse(first);
		newer.migrations.push('999_future');
		await expect(importDatabase(target, newer)).rejects.toThrow(/schema/);
		// a row the database rejects rolls the whole import back
		const broken = JSON.parse(first);
		broken.tables.versions[0].effective_from = 'not a day';
		await expect(importDatabase(target, broken)).rejects.toThrow();
		expect(await target.selectFrom('items').select('id').execute()).toEqual([]);
		expect(await target.selectFrom('departments').select('code').execute()).toEqual([]);
	});

	if (engine === 'pglite' && engines.includes('postgres'))
		it('moves from the embedded database to PostgreSQL byte for byte', async () => {
			const target = (await fresh('postgres')).db;
			await importDatabase(target, JSON.parse(first));
			expect(await dump(target)).toBe(first);
		});
});
