#!/usr/bin/env node
// `npm test`: every suite of the project, one after another, with one closing count.
// Suites: domain and unit tests (twice: in China's time zone and in one west of UTC, because
// date-only arithmetic must not depend on the process TZ), server/API tests against both database
// engines, form component tests, and end-to-end tests in a real Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'banshi-test-'));

/** name, vitest config, extra args, env */
const suites = [
	{ name: 'unit', config: 'vite.config.ts', env: { TZ: 'Asia/Shanghai' } },
	{
		name: 'unit-west-of-utc',
		config: 'vite.config.ts',
		args: ['src/lib/domain/workdays', 'src/lib/domain/acceptance', 'src/lib/domain/formats'],
		env: { TZ: 'America/New_York' }
	},
	{ name: 'form', config: 'vitest.form.config.ts' },
	{ name: 'builder', config: 'vitest.builder.config.ts' },
	{ name: 'server', config: 'vitest.server.config.ts' },
	{ name: 'e2e', config: 'vitest.e2e.config.ts', build: true },
	{ name: 'load', config: 'vitest.load.config.ts', args: ['tests/load'], build: true },
	{ name: 'bad-input', config: 'vitest.load.config.ts', args: ['tests/bad-input'], build: true },
	{ name: 'backup', config: 'vitest.load.config.ts', args: ['tests/backup'], build: true }
].filter((s) => existsSync(s.config) && (only.length === 0 || only.includes(s.name)));

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSuites = [];
let built = false;

for (const suite of suites) {
	if (suite.build && !built && !process.env.BANSHI_SKIP_BUILD) {
		console.log('\n▶ build (npm run build)');
		const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (b.status !== 0) {
			failedSuites.push('build');
			break;
		}
		built = true;
	}
	const report = join(out, `${suite.name}.json`);
	console.log(`\n▶ ${suite.name}`);
	const r = spawnSync(
		'npx',
		[
			'vitest',
			'run',
			'--config',
			suite.config,
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${report}`,
			...(suite.args ?? [])
		],
		{ stdio: 'inherit', env: { ...process.env, ...suite.env } }
	);
	if (existsSync(report)) {
		const j = JSON.parse(readFileSync(report, 'utf8'));
		totals.passed += j.numPassedTests ?? 0;
		totals.failed += j.numFailedTests ?? 0;
		totals.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
		if ((j.numTotalTests ?? 0) === 0) failedSuites.push(`${suite.name} (no tests ran)`);
	}
	if (r.status !== 0) failedSuites.push(suite.name);
}
rmSync(out, { recursive: true, force: true });

console.log('');
if (failedSuites.length) console.log(`failed suites: ${failedSuites.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSuites.length || totals.failed ? 1 : 0);
