import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTempPostgres, engines } from './engines';
import { migrate } from '../../src/lib/server/db/migrate';
import { migrations } from '../../src/lib/server/migrations';
import { openDatabase } from '../../src/lib/server/db/open';
import { DirectoryLockedError } from '../../src/lib/server/db/dir-lock';
import { listDepartments, insertDepartment } from '../../src/lib/server/db/departments';

const list = await engines();

describe.each(list)('migrations ($name)', (engine) => {
	it('run twice without error and without redoing work', async () => {
		const opened = await engine.open();
		try {
			expect(await migrate(opened.db)).toEqual([]);
			const tables = await sql<{ table_name: string }>`
				select table_name from information_schema.tables where table_schema = 'public'`.execute(opened.db);
			const names = tables.rows.map((r) => r.table_name);
			for (const t of [
				'items',
				'revisions',
				'versions',
				'audit_log',
				'review_requests',
				'sessions',
				'xlsx_mappings'
			])
				expect(names).toContain(t);
		} finally {
			await opened.dispose();
		}
	});
});

// Only where PostgreSQL answers (CI requires it: see engines()).
const temp = list.some((e) => e.name === 'postgres') ? await createTempPostgres() : null;
if (temp)
	describe('migrations on PostgreSQL with two servers starting at once', () => {
		afterAll(async () => temp.drop());
		it('both start; the schema is created once', async () => {
			const [a, b] = await Promise.all([
				openDatabase({ databaseUrl: temp.url }),
				openDatabase({ databaseUrl: temp.url })
			]);
			try {
				const applied = await sql<{
					n: number;
				}>`select count(*)::int as n from banshi_migrations`.execute(a.db);
				expect(applied.rows[0].n).toBe(migrations.length);
				await insertDepartment(a.db, { code: 'x', name: 'X', creditCode: null });
				expect((await listDepartments(b.db)).map((d) => d.code)).toEqual(['x']);
			} finally {
				await a.close();
				await b.close();
			}
		});
	});

describe('PGlite persisted in a directory', () => {
	it('opens in one process at a time; a lock left by a dead process is taken over', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'banshi-pglite-'));
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
		try {
			const first = await openDatabase({ dataDir: join(dir, 'db') });
			await expect(openDatabase({ dataDir: join(dir, 'db') })).rejects.toThrow(
				DirectoryLockedError
			);
			await first.close();
			// A live process holds it: refused, with its pid in the message.
			writeFileSync(join(dir, 'db.lock'), String(other.pid));
			await expect(openDatabase({ dataDir: join(dir, 'db') })).rejects.toThrow(String(other.pid));
			// That process is gone: the stale lock no longer blocks.
			other.kill('SIGKILL');
			await new Promise((r) => other.once('exit', r));
			const again = await openDatabase({ dataDir: join(dir, 'db') });
			await again.close();
			expect(existsSync(join(dir, 'db.lock'))).toBe(false);
		} finally {
			other.kill('SIGKILL');
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('keeps data across close and reopen', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'banshi-pglite-'));
		try {
			const first = await openDatabase({ dataDir: join(dir, 'nested') });
			await insertDepartment(first.db, { code: 'market', name: '市场监管局', creditCode: null });
			await first.close();
			const second = await openDatabase({ dataDir: join(dir, 'nested') });
			try {
				expect(await listDepartments(second.db)).toEqual([
					{ code: 'market', name: '市场监管局', creditCode: null }
				]);
			} finally {
				await second.close();
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
