// The database engines every data-layer test runs against: PGlite always, and the local PostgreSQL
// when one answers (CI starts it). Each PostgreSQL user of this file gets a fresh database that is
// dropped afterwards, so concurrent runs never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { postgresCandidates } from '../../scripts/test-env.js';
import { openDatabase, type OpenedDatabase } from '../../src/lib/server/db/open';

let adminUrl: Promise<string | null> | undefined;

async function findAdminUrl(): Promise<string | null> {
	for (const url of postgresCandidates()) {
		const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
		try {
			await client.connect();
			await client.query('select 1');
			return url;
		} catch {
			// try the next candidate
		} finally {
			await client.end().catch(() => {});
		}
	}
	return null;
}

/** The maintenance URL of a reachable PostgreSQL, or null when there is none. */
export function postgresAdminUrl(): Promise<string | null> {
	adminUrl ??= findAdminUrl();
	return adminUrl;
}

export interface TempDatabase {
	url: string;
	drop(): Promise<void>;
}

export async function createTempPostgres(): Promise<TempDatabase | null> {
	const admin = await postgresAdminUrl();
	if (!admin) return null;
	const name = `banshi_test_${randomBytes(6).toString('hex')}`;
	const client = new pg.Client({ connectionString: admin });
	await client.connect();
	await client.query(`create database ${name}`);
	await client.end();
	const url = new URL(admin);
	url.pathname = '/' + name;
	return {
		url: url.toString(),
		async drop() {
			const c = new pg.Client({ connectionString: admin });
			await c.connect();
			await c.query(`drop database if exists ${name} with (force)`);
			await c.end();
		}
	};
}

export interface EngineHandle {
	name: 'pglite' | 'postgres';
	open(): Promise<OpenedDatabase & { dispose(): Promise<void> }>;
}

/** The engines to run on; PostgreSQL appears only when reachable, and CI=true demands it. */
export async function engines(): Promise<EngineHandle[]> {
	const list: EngineHandle[] = [
		{
			name: 'pglite',
			async open() {
				const opened = await openDatabase({ dataDir: 'memory' });
				return { ...opened, dispose: opened.close };
			}
		}
	];
	const admin = await postgresAdminUrl();
	if (admin) {
		list.push({
			name: 'postgres',
			async open() {
				const temp = (await createTempPostgres())!;
				const opened = await openDatabase({ databaseUrl: temp.url });
				return {
					...opened,
					async dispose() {
						await opened.close();
						await temp.drop();
					}
				};
			}
		});
	} else if (process.env.CI) {
		throw new Error('CI requires PostgreSQL on 127.0.0.1:5432 for the second database engine');
	}
	return list;
}
