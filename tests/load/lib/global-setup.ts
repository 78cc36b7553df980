// Once per run: a seeded embedded database (demo accounts and published templates), stopped cleanly,
// that each test copies instead of paying PGlite's initdb and the demo seed again (~20 s each).
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensureBuilt, startApp, tempDataDir } from './app';

declare module 'vitest' {
	export interface ProvidedContext {
		seededDataDir: string;
	}
}

let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
	ensureBuilt();
	dir = tempDataDir('banshi-golden-');
	const app = await startApp({ dataDir: dir });
	await app.stop();
	project.provide('seededDataDir', dir);
}

export async function teardown(): Promise<void> {
	if (dir) rmSync(dir, { recursive: true, force: true });
}
