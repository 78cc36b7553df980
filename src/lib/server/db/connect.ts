// Connecting as configured: PostgreSQL via DATABASE_URL, else PGlite under the data directory,
// migrated and ready. Used by the server at startup, by scripts/start.js and the command line.
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from './open';
import type { Database } from './schema';

export interface ConnectOptions {
	/** postgres://… ; defaults to env DATABASE_URL */
	databaseUrl?: string;
	/** where PGlite keeps its files; defaults to env BANSHI_DATA_DIR or ./data; 'memory' for tests */
	dataDir?: string;
	/** pool size for PostgreSQL */
	poolSize?: number;
}

export interface Connection {
	db: Kysely<Database>;
	engine: 'postgres' | 'pglite';
	close(): Promise<void>;
}

export async function connect(opts: ConnectOptions = {}): Promise<Connection> {
	const databaseUrl = opts.databaseUrl ?? (process.env.DATABASE_URL || undefined);
	const dataDir = opts.dataDir ?? process.env.BANSHI_DATA_DIR ?? './data';
	const opened = await openDatabase({
		databaseUrl,
		dataDir: databaseUrl ? undefined : dataDir === 'memory' ? 'memory' : join(dataDir, 'pglite'),
		poolSize: opts.poolSize
	});
	if (opened.engine === 'pglite') {
		// The embedded engine runs no autovacuum, so its planner never learns table sizes on its
		// own: without statistics a name search over 10,000 items chose a plan 100× slower.
		await analyze(opened.db);
		const timer = setInterval(() => void analyze(opened.db), ANALYZE_EVERY_MS);
		timer.unref();
		return {
			db: opened.db,
			engine: opened.engine,
			close: async () => {
				clearInterval(timer);
				await opened.close();
			}
		};
	}
	return { db: opened.db, engine: opened.engine, close: opened.close };
}

const ANALYZE_EVERY_MS = 5 * 60 * 1000;

async function analyze(db: Kysely<Database>): Promise<void> {
	try {
		await sql`ANALYZE`.execute(db);
	} catch {
		// statistics are an optimisation; a failure (e.g. during shutdown) must not stop the server
	}
}
