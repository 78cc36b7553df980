// A server per database engine for the load and fault tests: PGlite from a copy of the seeded data
// directory, PostgreSQL (when reachable; CI demands it) in a fresh database seeded on start. Each
// handle can be killed and started again on the same data.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createTempPostgres, postgresAdminUrl } from '../../db/engines';
import { startApp, tempDataDir, type App } from './app';

export type EngineName = 'pglite' | 'postgres';

export interface Storage {
	engine: EngineName;
	/** PGlite data directory */
	dataDir?: string;
	databaseUrl?: string;
	start(env?: Record<string, string>): Promise<App>;
	dispose(): Promise<void>;
}

export async function engineNames(): Promise<EngineName[]> {
	if (await postgresAdminUrl()) return ['pglite', 'postgres'];
	if (process.env.CI) throw new Error('CI requires PostgreSQL on 127.0.0.1:5432');
	return ['pglite'];
}

/** A copy of the seeded embedded database, for this test alone. */
export function seededCopy(): string {
	const dir = tempDataDir();
	cpSync(inject('seededDataDir'), dir, { recursive: true });
	// a lock belongs to the process that held the original, never to a copy of the data
	rmSync(join(dir, 'pglite.lock'), { force: true });
	return dir;
}

export async function storage(engine: EngineName): Promise<Storage> {
	if (engine === 'pglite') {
		const dataDir = seededCopy();
		return {
			engine,
			dataDir,
			start: (env) => startApp({ dataDir, env }),
			async dispose() {
				rmSync(dataDir, { recursive: true, force: true });
			}
		};
	}
	const temp = await createTempPostgres();
	if (!temp) throw new Error('PostgreSQL is not reachable');
	return {
		engine,
		databaseUrl: temp.url,
		start: (env) => startApp({ databaseUrl: temp.url, env }),
		dispose: () => temp.drop()
	};
}
