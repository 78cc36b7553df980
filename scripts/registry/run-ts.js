// Runs one of the TypeScript entry points under scripts/registry with tsx, after making sure the
// SvelteKit-generated tsconfig (which maps $lib) exists, as it does not on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function runTs(entry, args) {
	if (!existsSync('.svelte-kit/tsconfig.json')) {
		const sync = spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' });
		if (sync.status !== 0) process.exit(sync.status ?? 1);
	}
	const file = fileURLToPath(new URL(entry, import.meta.url));
	const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { stdio: 'inherit' });
	process.exit(r.status ?? 1);
}
