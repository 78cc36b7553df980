#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it
// on http://localhost:3000 (PORT to change). The server opens the embedded database under ./data
// (or DATABASE_URL) and runs migrations. Demo content (accounts with published passwords, templates
// as items) is loaded into an empty database only when asked for: in development (NODE_ENV unset or
// not "production") unless BANSHI_SEED_DEMO=0, or with `npm start -- --demo`. With NODE_ENV=production
// there is no demo content, and the server refuses to start while a demo account exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.js';
import { seedDemoSetting } from './start-options.js';

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
process.env.BANSHI_SEED_DEMO = seedDemoSetting(process.argv.slice(2), process.env);
console.log(
	`Banshi Studio: http://localhost:${process.env.PORT}` +
		(process.env.BANSHI_SEED_DEMO === '1' ? ' (演示内容 / demo content)' : '')
);
await serve(BUILD_ENTRY);
