// The built app (build/index.js, served by scripts/serve.js as `npm start` does) as a child process the load, crash and bad-input tests and the
// system benchmarks can start, kill with any signal and start again on the same data: an embedded
// PGlite directory or a PostgreSQL database of the caller's choosing. Loopback only.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// BANSHI_BUILD_DIR points at a copy of the build, so a rebuild in progress cannot pull it away
// from under a running test (keep the copy inside the project so its packages resolve).
const BUILD_DIR = process.env.BANSHI_BUILD_DIR ?? 'build';
export const BUILD_ENTRY = join(BUILD_DIR, 'index.js');
const SERVE = 'scripts/serve.js';

export interface AppOptions {
	/** PGlite data directory (BANSHI_DATA_DIR); ignored when databaseUrl is set */
	dataDir?: string;
	databaseUrl?: string;
	/** demo accounts and templates on an empty database (default true) */
	seedDemo?: boolean;
	env?: Record<string, string>;
	/** stdout/stderr of the server go to the caller's terminal too */
	inherit?: boolean;
}

export interface App {
	url: string;
	port: number;
	child: ChildProcess;
	/** everything the server printed so far */
	output(): string;
	/** SIGKILL now and wait for the process to be gone */
	kill(): Promise<void>;
	/** SIGTERM, then SIGKILL after 5 s */
	stop(): Promise<void>;
}

export function tempDataDir(prefix = 'banshi-load-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

/** Builds the app when there is no build yet (the test runner usually built it already). */
export function ensureBuilt(): void {
	if (existsSync(BUILD_ENTRY)) return;
	if (BUILD_DIR !== 'build') throw new Error(`no build at ${BUILD_ENTRY}`);
	const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) throw new Error('vite build failed');
}

export function freePort(): Promise<number> {
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

function exited(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((r) => child.once('exit', () => r()));
}

export async function startApp(opts: AppOptions = {}): Promise<App> {
	ensureBuilt();
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	// a directory made here is this server's alone, and goes when it stops
	const ownDir = opts.databaseUrl || opts.dataDir ? null : tempDataDir();
	const env: Record<string, string> = {
		PATH: process.env.PATH ?? '',
		HOME: process.env.HOME ?? '',
		TZ: process.env.TZ ?? 'Asia/Shanghai',
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: url,
		BODY_SIZE_LIMIT: '4M',
		// Many simulated clients share 127.0.0.1; each test picks its own address for the sign-in limit.
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1',
		BANSHI_SEED_DEMO: opts.seedDemo === false ? '0' : '1',
		NODE_ENV: 'test',
		...(opts.databaseUrl
			? { DATABASE_URL: opts.databaseUrl }
			: { BANSHI_DATA_DIR: opts.dataDir ?? ownDir! }),
		...opts.env
	};
	// as `npm start` serves it: the portal's fast path in front of SvelteKit
	const child = spawn(process.execPath, [SERVE, BUILD_ENTRY], {
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	const keep = (d: Buffer) => {
		log += d;
		if (log.length > 200_000) log = log.slice(-100_000);
		if (opts.inherit) process.stderr.write(d);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null) {
			if (ownDir) rmSync(ownDir, { recursive: true, force: true });
			throw new Error(`server exited early (${child.exitCode ?? child.signalCode}):\n${log}`);
		}
		try {
			// The portal list answers only once the database is open, migrated and seeded.
			const res = await fetch(url + '/api/v1/portal/items?limit=1');
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not start within 90 s:\n${log}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		port,
		child,
		output: () => log,
		async kill() {
			child.kill('SIGKILL');
			await exited(child);
		},
		async stop() {
			const gone = exited(child);
			child.kill('SIGTERM');
			await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
			await gone;
			if (ownDir) rmSync(ownDir, { recursive: true, force: true });
		}
	};
}

/** Resident set size of a process in bytes, from /proc (Linux), or null elsewhere. */
export async function rssOf(pid: number): Promise<number | null> {
	try {
		const { readFile } = await import('node:fs/promises');
		const status = await readFile(`/proc/${pid}/status`, 'utf8');
		const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
		return m ? Number(m[1]) * 1024 : null;
	} catch {
		return null;
	}
}
