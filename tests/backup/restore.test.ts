// `npm run admin -- export FILE` and `import FILE` as an operator runs them: a copy of a live
// registry taken to a file, restored into a new data directory, and served again — every published
// bundle byte for byte, the administrator signing in with the password given at import, every other
// account without one until reset. A second import into the same database is refused.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Api, DEMO_PASSWORD } from '../api/client';
import { startApp, tempDataDir } from '../load/lib/app';
import { engineNames, storage, type Storage } from '../load/lib/engines';
import { createTempPostgres } from '../db/engines';

function admin(args: string[], env: Record<string, string>) {
	const r = spawnSync(process.execPath, ['scripts/admin.js', ...args], {
		encoding: 'utf8',
		env: {
			...process.env,
			DATABASE_URL: '',
			BANSHI_DATA_DIR: '',
			BANSHI_ADMIN_PASSWORD: '',
			...env
		}
	});
	return { code: r.status, text: r.stdout + r.stderr };
}

const target = (s: { dataDir?: string; databaseUrl?: string }): Record<string, string> =>
	s.databaseUrl ? { DATABASE_URL: s.databaseUrl } : { BANSHI_DATA_DIR: s.dataDir! };

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
	for (const f of cleanup.reverse()) await f();
});

describe.each(await engineNames())('admin export and import (%s)', (engine) => {
	it('restores a registry that serves the same bundles, refusing a second import', async () => {
		const source: Storage = await storage(engine);
		cleanup.push(() => source.dispose());
		{
			// a PostgreSQL database gets its content from the server's first start; the department's
			// Excel column mapping an editor saves there is part of the registry too
			const app = await source.start();
			const api = new Api(app.url);
			const token = await api.login('editor', DEMO_PASSWORD);
			const department = (await api.get('/api/v1/departments', { token })).body.departments[0].code;
			const saved = await api.put(
				'/api/v1/items/import-xlsx/mapping',
				{
					headers: ['实施编码', '名称'],
					mapping: { layout: 'item', columns: { 实施编码: 'code', 名称: 'name' } },
					department
				},
				{ token }
			);
			expect(saved.status, saved.text).toBe(200);
			await app.stop();
		}
		const dir = tempDataDir('banshi-backup-');
		cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
		const file = join(dir, 'registry.json');
		const exported = admin(['export', file], target(source));
		expect(exported.code, exported.text).toBe(0);
		expect(admin(['export', file], target(source)).code).toBe(1);

		let restored: { dataDir?: string; databaseUrl?: string } = { dataDir: join(dir, 'restored') };
		if (engine === 'postgres') {
			const temp = (await createTempPostgres())!;
			cleanup.push(() => temp.drop());
			restored = { databaseUrl: temp.url };
		}
		const imported = admin(['import', file], {
			...target(restored),
			BANSHI_ADMIN_PASSWORD: 'restored-admin-password'
		});
		expect(imported.code, imported.text).toBe(0);
		const again = admin(['import', file], target(restored));
		expect(again.code).toBe(1);
		expect(again.text).toMatch(/not empty/);

		// the restored copy exports the same content
		const second = join(dir, 'again.json');
		expect(admin(['export', second], target(restored)).code).toBe(0);
		const a = JSON.parse(readFileSync(file, 'utf8'));
		const b = JSON.parse(readFileSync(second, 'utf8'));
		expect({ ...b, exportedAt: a.exportedAt }).toEqual(a);
		expect(a.tables.xlsx_mappings).toHaveLength(1);

		const app = await startApp({ ...restored, seedDemo: false });
		cleanup.push(() => app.stop());
		// a one-thing's versions are served under its own path
		const pathOf = new Map(
			a.tables.items.map((i: { id: number; code: string; document_type?: string }) => [
				i.id,
				`${i.document_type === 'onething' ? 'onethings' : 'items'}/${i.code}`
			])
		);
		expect(a.tables.versions.length).toBeGreaterThan(0);
		expect(
			a.tables.items.some((i: { document_type?: string }) => i.document_type === 'onething')
		).toBe(true);
		for (const v of a.tables.versions) {
			const res = await fetch(`${app.url}/api/v1/portal/${pathOf.get(v.item_id)}/versions/${v.n}`);
			expect(res.headers.get('etag')).toBe(`"${v.hash}"`);
			expect(await res.text()).toBe(v.bundle);
		}
		const api = new Api(app.url);
		expect(
			(
				await api.post('/api/v1/session', {
					username: 'admin',
					password: 'restored-admin-password'
				})
			).status
		).toBe(201);
		expect(
			(await api.post('/api/v1/session', { username: 'editor', password: DEMO_PASSWORD })).status
		).toBe(401);
	});
});
