// Kysely dialect over PGlite. PGlite is one in-process backend with a single session, so the driver
// hands out that one connection under a mutex: a transaction must never interleave with statements
// from another request, exactly as if the pool had size 1.
import {
	CompiledQuery,
	PostgresAdapter,
	PostgresIntrospector,
	PostgresQueryCompiler,
	type DatabaseConnection,
	type DatabaseIntrospector,
	type Dialect,
	type DialectAdapter,
	type Driver,
	type Kysely,
	type QueryCompiler,
	type QueryResult,
	type TransactionSettings
} from 'kysely';
import type { PGlite } from '@electric-sql/pglite';

const WRITE_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

class PGliteConnection implements DatabaseConnection {
	constructor(private readonly pg: PGlite) {}

	async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
		const result = await this.pg.query<R>(query.sql, query.parameters as unknown[]);
		const writes = result.command !== undefined && WRITE_COMMANDS.has(result.command);
		return {
			rows: result.rows,
			numAffectedRows: writes ? BigInt(result.rowCount ?? result.affectedRows ?? 0) : undefined
		};
	}

	// eslint-disable-next-line require-yield
	async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
		throw new Error('streaming queries are not supported on PGlite');
	}
}

class Mutex {
	private tail: Promise<void> = Promise.resolve();
	private release: (() => void) | null = null;

	async lock(): Promise<void> {
		const previous = this.tail;
		let release!: () => void;
		this.tail = new Promise((resolve) => (release = resolve));
		await previous;
		this.release = release;
	}

	unlock(): void {
		const release = this.release;
		this.release = null;
		release?.();
	}
}

class PGliteDriver implements Driver {
	private readonly mutex = new Mutex();
	private readonly connection: PGliteConnection;

	constructor(
		private readonly pg: PGlite,
		private readonly closeOnDestroy: boolean
	) {
		this.connection = new PGliteConnection(pg);
	}

	async init(): Promise<void> {
		await this.pg.waitReady;
	}

	async acquireConnection(): Promise<DatabaseConnection> {
		await this.mutex.lock();
		return this.connection;
	}

	async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
		const level = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
		await conn.executeQuery(CompiledQuery.raw(`begin${level}`));
	}

	async commitTransaction(conn: DatabaseConnection): Promise<void> {
		await conn.executeQuery(CompiledQuery.raw('commit'));
	}

	async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
		await conn.executeQuery(CompiledQuery.raw('rollback'));
	}

	async releaseConnection(): Promise<void> {
		this.mutex.unlock();
	}

	async destroy(): Promise<void> {
		if (this.closeOnDestroy && !this.pg.closed) await this.pg.close();
	}
}

export class PGliteDialect implements Dialect {
	constructor(
		private readonly pg: PGlite,
		private readonly options: { closeOnDestroy?: boolean } = {}
	) {}

	createAdapter(): DialectAdapter {
		return new PostgresAdapter();
	}

	createDriver(): Driver {
		return new PGliteDriver(this.pg, this.options.closeOnDestroy ?? true);
	}

	createQueryCompiler(): QueryCompiler {
		return new PostgresQueryCompiler();
	}

	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	createIntrospector(db: Kysely<any>): DatabaseIntrospector {
		return new PostgresIntrospector(db);
	}
}
