// Builds the app once (unless BANSHI_SKIP_BUILD=1) and starts one server per database engine for
// all API test files; they share it and keep out of each other's way with their own accounts,
// departments and client addresses.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { postgresAdminUrl } from '../db/engines';
import { SERVER_DIR, startServer, type RunningServer } from './servers';

declare module 'vitest' {
	export interface ProvidedContext {
		servers: { name: 'pglite' | 'postgres'; url: string; databaseUrl?: string }[];
	}
}

let running: RunningServer[] = [];
let intake: Server | undefined;

/** A stand-in for an agency's intake system: it answers every delivery with a receipt number. */
async function startIntakeReceiver(): Promise<string> {
	let received = 0;
	intake = createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			received += 1;
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ receipt: `TEST-${String(received).padStart(6, '0')}` }));
		});
	});
	await new Promise<void>((r) => intake!.listen(0, '127.0.0.1', r));
	return `http://127.0.0.1:${(intake.address() as AddressInfo).port}/intake`;
}

export async function setup(project: TestProject): Promise<void> {
	if (process.env.BANSHI_SKIP_BUILD !== '1' || !existsSync('build/index.js')) {
		// A second attempt covers another build running in the same tree at the same moment.
		let status: number | null = 1;
		for (let attempt = 0; attempt < 2 && status !== 0; attempt++)
			status = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status;
		if (status !== 0) throw new Error('vite build failed');
	}
	// The tests run their own copy, so a rebuild of build/ meanwhile (npm start, e2e) cannot pull the
	// files from under the servers. It stays inside the project so node_modules resolves from it.
	rmSync(SERVER_DIR, { recursive: true, force: true });
	cpSync('build', SERVER_DIR, { recursive: true });
	const names: ('pglite' | 'postgres')[] = ['pglite'];
	if (await postgresAdminUrl()) names.push('postgres');
	else if (process.env.CI) throw new Error('CI requires PostgreSQL on 127.0.0.1:5432');
	const env = { BANSHI_INTAKE_URL: await startIntakeReceiver() };
	running = (await Promise.all(names.map((n) => startServer(n, env)))).filter(
		(s): s is RunningServer => s !== null
	);
	project.provide(
		'servers',
		running.map(({ name, url, databaseUrl }) => ({ name, url, databaseUrl }))
	);
}

export async function teardown(): Promise<void> {
	await Promise.all(running.map((s) => s.stop()));
	intake?.close();
}
