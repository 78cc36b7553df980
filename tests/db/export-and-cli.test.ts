// The static export writes the portal's resources as files with the exact published bytes, and the
// admin command line creates accounts a server can sign in with.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/open';
import { connect } from '../../src/lib/server/db/connect';
import { EXPORT_MARKER, exportPortal } from '../../src/lib/server/export';
import { actorById } from '../../src/lib/server/services/session';
import { seedDemo } from '../../src/lib/server/setup/demo';
import { createServices } from '../../src/lib/server/services';
import { findUserRowByUsername } from '../../src/lib/server/db/users';
import { verifyPassword } from '../../src/lib/server/auth/password';

const dirs: string[] = [];
function tempDir(): string {
	const d = mkdtempSync(join(tmpdir(), 'banshi-export-'));
	dirs.push(d);
	return d;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('static portal export', () => {
	it('writes every published version byte for byte, with index.json for collections', async () => {
		const { db, close } = await openDatabase({ dataDir: 'memory' });
		try {
			const seeded = await seedDemo(db);
			const out = tempDir();
			const result = await exportPortal(db, out);
			expect(result.versions).toBe(seeded.published.length);
			const root = join(out, 'api/v1/portal');
			const list = JSON.parse(readFileSync(join(root, 'items/index.json'), 'utf8'));
			expect(list.total).toBe(seeded.published.length);
			for (const code of seeded.published) {
				const stored = await db
					.selectFrom('versions as v')
					.innerJoin('items as i', 'i.id', 'v.item_id')
					.select(['v.bundle', 'v.n'])
					.where('i.code', '=', code)
					.executeTakeFirstOrThrow();
				expect(
					readFileSync(join(root, `items/${code}/versions/${stored.n}/index.json`), 'utf8')
				).toBe(stored.bundle);
				expect(readFileSync(join(root, `items/${code}/index.json`), 'utf8')).toBe(stored.bundle);
				const schema = JSON.parse(
					readFileSync(join(root, `items/${code}/versions/${stored.n}/schema.json`), 'utf8')
				);
				expect(schema).toEqual(JSON.parse(stored.bundle).applicationSchema);
			}
			const unpublished = seeded.items.find((c) => !seeded.published.includes(c))!;
			expect(existsSync(join(root, `items/${unpublished}`))).toBe(false);
			const feed = JSON.parse(readFileSync(join(root, 'changes/index.json'), 'utf8'));
			// the demo's one-things are in the change feed too (type 'onething')
			expect(feed.changes).toHaveLength(seeded.published.length + seeded.oneThings.length);
			expect(readFileSync(join(out, 'README.md'), 'utf8')).toMatch(/index\.json/);
			// each version's validator module, as stored when it was published
			const code = seeded.published[0];
			const v = await createServices(db).portal.validator(code, 1);
			expect(readFileSync(join(root, `items/${code}/versions/1/validator.js`), 'utf8')).toBe(
				v.source
			);
		} finally {
			await close();
		}
		// seeding publishes every demo item through the publish gate, validators included
	}, 120_000);
});

/** Every file under `dir` (the marker aside) by relative path, with its bytes. */
function tree(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name !== EXPORT_MARKER)
		.map((e) => join(e.parentPath, e.name));
	return new Map(files.sort().map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));
}

describe('incremental static portal export', () => {
	it('writes only what changed since the last export into the folder, and reads the same as a full one', async () => {
		const { db, close } = await openDatabase({ dataDir: 'memory' });
		try {
			const seeded = await seedDemo(db);
			const out = tempDir();
			const first = await exportPortal(db, out);
			expect(first.incremental).toBe(false);
			const root = join(out, 'api/v1/portal');
			const code = seeded.published[0];
			const versionFile = join(root, `items/${code}/versions/1/index.json`);
			const currentFile = join(root, `items/${code}/index.json`);
			// the current file is the version's bytes, stored once
			expect(statSync(currentFile).ino).toBe(statSync(versionFile).ino);
			const before = tree(out);
			const written = statSync(versionFile).mtimeMs;

			// nothing changed: only the small collection files are written again
			const second = await exportPortal(db, out);
			expect(second.incremental).toBe(true);
			expect(second.versions).toBe(0);
			expect(second.files.map((f) => relative(root, f)).sort()).toEqual([
				'calendar/index.json',
				'changes/index.json',
				'items/index.json'
			]);
			expect(statSync(versionFile).mtimeMs).toBe(written);
			expect(tree(out)).toEqual(before);

			// an item retired: its files and the collections, nothing else
			const reviewer = (await actorById(db, (await findUserRowByUsername(db, 'reviewer'))!.id))!;
			await createServices(db).publishing.retire(reviewer, code, { reason: '事项取消' });
			const third = await exportPortal(db, out);
			expect(third.incremental).toBe(true);
			expect(third.removed).toEqual([currentFile]);
			expect(third.files.map((f) => relative(root, f)).sort()).toEqual([
				'calendar/index.json',
				'changes/index.json',
				`items/${code}/versions/index.json`,
				'items/index.json'
			]);
			expect(existsSync(versionFile)).toBe(true);

			// what the incremental exports left is what a full export writes into an empty folder
			const fresh = tempDir();
			await exportPortal(db, fresh);
			expect(tree(out)).toEqual(tree(fresh));
			const again = await exportPortal(db, out, { full: true });
			expect(again.incremental).toBe(false);
			expect(tree(out)).toEqual(tree(fresh));
		} finally {
			await close();
		}
	}, 180_000);
});

describe('admin command line', () => {
	const run = (dataDir: string, ...args: string[]) =>
		spawnSync(process.execPath, ['scripts/admin.js', ...args], {
			env: { ...process.env, BANSHI_DATA_DIR: dataDir, DATABASE_URL: '' },
			encoding: 'utf8'
		});

	it('creates departments and users that can sign in, and refuses bad input', async () => {
		const dataDir = tempDir();
		const dept = run(dataDir, 'create-department', '--code', 'market', '--name', '市场监管局');
		expect(dept.status, dept.stderr).toBe(0);
		const ok = run(
			dataDir,
			'create-user',
			'--username',
			'wang',
			'--password',
			'a-long-password',
			'--role',
			'editor',
			'--department',
			'market'
		);
		expect(ok.status, ok.stderr).toBe(0);
		expect(ok.stdout).toMatch(/wang/);
		const bad = run(
			dataDir,
			'create-user',
			'--username',
			'li',
			'--password',
			'short',
			'--role',
			'editor'
		);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toMatch(/\/password/);
		expect(bad.stderr).toMatch(/\/departments/);
		const dup = run(
			dataDir,
			'create-user',
			'--username',
			'wang',
			'--password',
			'a-long-password',
			'--role',
			'reviewer'
		);
		expect(dup.status).toBe(1);

		const registry = await connect({ dataDir });
		try {
			const row = await findUserRowByUsername(registry.db, 'wang');
			expect(row).toMatchObject({ role: 'editor', demo: false, disabled: false });
			expect(row!.password_hash).toMatch(/^\$argon2id\$/);
			expect(await verifyPassword(row!.password_hash, 'a-long-password')).toBe(true);
			expect(await findUserRowByUsername(registry.db, 'li')).toBeUndefined();
		} finally {
			await registry.close();
		}
	}, 120_000);
});
