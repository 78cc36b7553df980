#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it
// on http://localhost:3000 (PORT to change). The server opens the embedded database under ./data
// (or DATABASE_URL), runs migrations and seeds the demo content on first start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILD_ENTRY = 'build/index.js';

function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		const t = entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs;
		if (t > newest) newest = t;
	}
	return newest;
}

const sources = ['src', 'static', 'templates'].filter(existsSync);
const stale =
	!existsSync(BUILD_ENTRY) ||
	Math.max(...sources.map(newestMtime), statSync('package.json').mtimeMs) >
		statSync(BUILD_ENTRY).mtimeMs;

if (stale) {
	console.log('构建应用（npm run build）… / building the app…');
	const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

process.env.PORT ??= '3000';
process.env.BODY_SIZE_LIMIT ??= '4M';
// demo accounts and templates on first start; set BANSHI_SEED_DEMO=0 for an empty registry
process.env.BANSHI_SEED_DEMO ??= '1';
console.log(`Banshi Studio: http://localhost:${process.env.PORT}`);
await import(join(process.cwd(), BUILD_ENTRY));
