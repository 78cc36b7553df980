// One way to open the database for the server, the CLI and the tests: PostgreSQL when a connection
// string is given, otherwise embedded PGlite (in memory, or persisted in a directory).
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from './pglite-dialect';
import { migrate } from './migrate';
import { lockDirectory } from './dir-lock';
import type { Database } from './schema';

export interface OpenOptions {
	/** postgres://… ; when absent PGlite is used */
	databaseUrl?: string;
	/** PGlite data directory; 'memory' keeps everything in memory */
	dataDir?: string;
	/** run migrations (default true) */
	migrate?: boolean;
	/** pool size for PostgreSQL */
	poolSize?: number;
}

export interface OpenedDatabase {
	db: Kysely<Database>;
	engine: 'postgres' | 'pglite';
	close(): Promise<void>;
}

const INT8 = 20;
const NUMERIC = 1700;

/** node-postgres returns int8 as strings; PGlite returns numbers. Make PostgreSQL agree. */
function pgTypes(): pg.CustomTypesConfig {
	return {
		getTypeParser: ((oid: number, format?: string) => {
			if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
			return pg.types.getTypeParser(oid, format as 'text');
		}) as pg.CustomTypesConfig['getTypeParser']
	};
}

export async function openDatabase(options: OpenOptions = {}): Promise<OpenedDatabase> {
	let db: Kysely<Database>;
	let engine: OpenedDatabase['engine'];
	let release: (() => void) | undefined;
	if (options.databaseUrl) {
		const pool = new pg.Pool({
			connectionString: options.databaseUrl,
			max: options.poolSize ?? 10,
			types: pgTypes()
		});
		// An idle connection that PostgreSQL closes (restart, failover, an administrator ending it)
		// emits 'error' on the pool; unheard, that event would end the whole process. The pool
		// drops the connection and opens a new one on the next query.
		pool.on('error', (error) => {
			console.warn(`PostgreSQL closed an idle connection: ${error.message}`);
		});
		db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
		engine = 'postgres';
	} else {
		const dir = options.dataDir ?? './data';
		let client: PGlite;
		if (dir === 'memory') client = new PGlite();
		else {
			mkdirSync(dir, { recursive: true });
			release = lockDirectory(dir);
			client = new PGlite(dir);
		}
		db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
		engine = 'pglite';
	}
	const close = async () => {
		try {
			await db.destroy();
		} finally {
			release?.();
		}
	};
	try {
		if (options.migrate !== false) await migrate(db);
	} catch (error) {
		await close();
		throw error;
	}
	return { db, engine, close };
}
