// Starting the built server (build/index.js) for API tests: a random port, its own data directory or
// PostgreSQL database, demo content, and the same environment `npm start` would give it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTempPostgres, type TempDatabase } from '../db/engines';

/** Where the API tests keep their copy of the built server. */
export const SERVER_DIR = 'node_modules/.cache/banshi-api-server';
/** as `npm start` serves a build: the portal's fast path in front of SvelteKit */
const SERVE = 'scripts/serve.js';

export interface RunningServer {
	name: 'pglite' | 'postgres';
	url: string;
	/** set for PostgreSQL: tests may reach into the database directly */
	databaseUrl?: string;
	stop(): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			srv.close(() => resolve(port));
		});
	});
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
	const deadline = Date.now() + 180_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
		try {
			const res = await fetch(url + '/api/v1/openapi.json');
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server did not start within 180 s:\n${log()}`);
}

/** Where a server keeps its data: its own fresh one (default), or one the test owns and keeps. */
export type ServerDatabase = { url: string } | { dir: string };

function serverEnv(
	port: number,
	database: ServerDatabase,
	extraEnv: Record<string, string>
): Record<string, string> {
	const url = `http://127.0.0.1:${port}`;
	return {
		PATH: process.env.PATH ?? '',
		HOME: process.env.HOME ?? '',
		TZ: process.env.TZ ?? 'Asia/Shanghai',
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: url,
		BODY_SIZE_LIMIT: '4M',
		// Tests speak as different client addresses so the per-address sign-in limit can be exercised.
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1',
		BANSHI_SEED_DEMO: '1',
		NODE_ENV: 'test',
		...('url' in database ? { DATABASE_URL: database.url } : { BANSHI_DATA_DIR: database.dir }),
		...extraEnv
	};
}

/** Starts the built server and waits until it answers; null when PostgreSQL is asked for but absent. */
export async function startServer(
	name: 'pglite' | 'postgres',
	extraEnv: Record<string, string> = {},
	database?: ServerDatabase
): Promise<RunningServer | null> {
	let temp: TempDatabase | null = null;
	let dataDir: string | null = null;
	if (!database && name === 'postgres') {
		temp = await createTempPostgres();
		if (!temp) return null;
	} else if (!database) {
		dataDir = mkdtempSync(join(tmpdir(), 'banshi-api-'));
	}
	const db: ServerDatabase = database ?? (temp ? { url: temp.url } : { dir: dataDir! });
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [SERVE, join(SERVER_DIR, 'index.js')], {
		env: serverEnv(port, db, extraEnv),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	await waitUntilUp(url, child, () => output);
	return {
		name,
		url,
		databaseUrl: 'url' in db ? db.url : undefined,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
			if (temp) await temp.drop();
			if (dataDir) rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** Starts the built server on `database` expecting it to refuse: its exit code and what it printed. */
export async function refusedStart(
	database: ServerDatabase,
	extraEnv: Record<string, string>
): Promise<{ code: number | null; output: string }> {
	const child = spawn(process.execPath, [SERVE, join(SERVER_DIR, 'index.js')], {
		env: serverEnv(await freePort(), database, extraEnv),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
	const code = await new Promise<number | null>((r) => child.once('exit', r));
	clearTimeout(timer);
	return { code, output };
}
