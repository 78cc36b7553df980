// Opening the registry: the database (PostgreSQL via DATABASE_URL, else PGlite under the data
// directory), migrated and ready. Used by the server at startup, by scripts/start.js and the CLI.
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase } from './db/open';
import type { Database } from './db/schema';

export interface RegistryOptions {
	/** postgres://… ; defaults to env DATABASE_URL */
	databaseUrl?: string;
	/** where PGlite keeps its files; defaults to env BANSHI_DATA_DIR or ./data; 'memory' for tests */
	dataDir?: string;
	/** pool size for PostgreSQL */
	poolSize?: number;
}

export interface Registry {
	db: Kysely<Database>;
	engine: 'postgres' | 'pglite';
	close(): Promise<void>;
}

export async function openRegistry(opts: RegistryOptions = {}): Promise<Registry> {
	const databaseUrl = opts.databaseUrl ?? (process.env.DATABASE_URL || undefined);
	const dataDir = opts.dataDir ?? process.env.BANSHI_DATA_DIR ?? './data';
	const opened = await openDatabase({
		databaseUrl,
		dataDir: databaseUrl ? undefined : dataDir === 'memory' ? 'memory' : join(dataDir, 'pglite'),
		poolSize: opts.poolSize
	});
	return { db: opened.db, engine: opened.engine, close: opened.close };
}
