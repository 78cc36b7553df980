// The built app started as the end-to-end suite starts it: a free port, a fresh embedded database,
// the demo accounts. Used by the designer and review benches.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const port = (srv.address() as { port: number }).port;
			srv.close(() => resolve(port));
		});
		srv.on('error', reject);
	});
}

export function buildIfNeeded() {
	if (process.env.BANSHI_SKIP_BUILD && existsSync('build/index.js')) return;
	process.stderr.write('building (vite build)…\n');
	const b = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (b.status !== 0) throw new Error('vite build failed');
}

export interface App {
	baseURL: string;
	stop(): Promise<void>;
}

export async function startApp(): Promise<App> {
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'banshi-bench-app-'));
	const baseURL = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			BANSHI_DATA_DIR: dataDir,
			BANSHI_SEED_DEMO: '1',
			DATABASE_URL: '',
			// demo accounts are refused in production; the server runs as the test suite runs it
			NODE_ENV: 'test'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${baseURL}/api/v1/portal/items`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error('app did not start within 90 s');
		await new Promise((r) => setTimeout(r, 250));
	}
	return {
		baseURL,
		async stop() {
			child.kill('SIGTERM');
			await new Promise((r) => setTimeout(r, 500));
			if (child.exitCode === null) child.kill('SIGKILL');
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
