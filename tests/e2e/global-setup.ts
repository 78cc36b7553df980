// Starts the built app (build/index.js, as `npm start` serves it) once for the end-to-end suite, on
// a free port with a fresh embedded database and the demo content, and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

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

let child: ChildProcess | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
	const port = await freePort();
	dataDir = mkdtempSync(join(tmpdir(), 'banshi-e2e-'));
	const baseURL = `http://127.0.0.1:${port}`;
	child = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			// the origin pages are served from (adapter-node assumes https without it), so the front
			// door's cross-origin check lets the pages' own requests through, as the API tests do
			ORIGIN: baseURL,
			BANSHI_DATA_DIR: dataDir,
			BANSHI_SEED_DEMO: '1',
			DATABASE_URL: '',
			NODE_ENV: 'test',
			// as scripts/serve.js sets them for `npm start`: a reused idle connection is never reset
			KEEP_ALIVE_TIMEOUT: '65',
			HEADERS_TIMEOUT: '66'
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const deadline = Date.now() + 180_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
		try {
			const r = await fetch(`${baseURL}/api/v1/portal/items`);
			if (r.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error('app did not start within 180 s');
		await new Promise((r) => setTimeout(r, 250));
	}
	project.provide('baseURL', baseURL);
}

export async function teardown() {
	if (child && child.exitCode === null) {
		child.kill('SIGTERM');
		await new Promise((r) => setTimeout(r, 500));
		if (child.exitCode === null) child.kill('SIGKILL');
	}
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
