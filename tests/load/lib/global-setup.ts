// Once per run: a seeded embedded database (demo accounts and published templates), stopped cleanly,
// that each test copies instead of paying PGlite's initdb and the demo seed again (~20 s each).
// `npm test` names one directory in BANSHI_SEEDED_DIR for the load, bad-input and backup suites,
// so the first of them seeds it and the others copy the same database; `npm test` removes it.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt, startApp, tempDataDir } from './app';

declare module 'vitest' {
	export interface ProvidedContext {
		seededDataDir: string;
	}
}

/** written last, so a directory without it (a seed cut short) is seeded again */
const READY = '.seeded';
let own: string | undefined;

export async function setup(project: TestProject): Promise<void> {
	ensureBuilt();
	const shared = process.env.BANSHI_SEEDED_DIR;
	const dir = shared ?? (own = tempDataDir('banshi-golden-'));
	if (!existsSync(join(dir, READY))) {
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		const app = await startApp({ dataDir: dir });
		await app.stop();
		writeFileSync(join(dir, READY), '');
	}
	project.provide('seededDataDir', dir);
}

export async function teardown(): Promise<void> {
	if (own) rmSync(own, { recursive: true, force: true });
}
