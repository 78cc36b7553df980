#!/usr/bin/env node
// `npm test`: every suite of the project, one after another, with one closing count and how long
// each took. Suites: domain and unit tests (twice: in China's time zone and in one west of UTC,
// because date-only arithmetic must not depend on the process TZ), form and form-builder component
// tests, server/API tests against both database engines, end-to-end tests in a real Chromium, and
// load, bad-input and backup tests against the built app.
//   node scripts/test.js [suite…]     only these suites, e.g. `npm test -- e2e`
// First the machine is prepared (scripts/test-env.js): Chromium, a CJK font and PostgreSQL are
// installed or started when they can be. A suite whose browser or required database is missing
// does not run, and the run fails naming it; the app is built once for every suite that needs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from './test-env.js';

const only = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'banshi-test-'));

/**
 * build: runs against build/ (built once, before the first such suite)
 * postgres: uses PostgreSQL when it answers (required under CI)
 * browser: true when every test needs Chromium; else the projects that do, and those that do not
 */
const suites = [
	{ name: 'unit', config: 'vite.config.ts', env: { TZ: 'Asia/Shanghai' } },
	{
		name: 'unit-west-of-utc',
		config: 'vite.config.ts',
		args: ['src/lib/domain/workdays', 'src/lib/domain/acceptance', 'src/lib/domain/formats'],
		env: { TZ: 'America/New_York' }
	},
	{
		name: 'form',
		config: 'vitest.form.config.ts',
		browser: { projects: ['form-browser'], rest: ['form-node'] }
	},
	{
		name: 'builder',
		config: 'vitest.builder.config.ts',
		browser: { projects: ['builder-browser'], rest: ['builder-node'] }
	},
	{ name: 'server', config: 'vitest.server.config.ts', build: true, postgres: true },
	{ name: 'e2e', config: 'vitest.e2e.config.ts', build: true, browser: true },
	{
		name: 'load',
		config: 'vitest.load.config.ts',
		args: ['tests/load'],
		build: true,
		postgres: true
	},
	{
		name: 'bad-input',
		config: 'vitest.load.config.ts',
		args: ['tests/bad-input'],
		build: true,
		postgres: true
	},
	{
		name: 'backup',
		config: 'vitest.load.config.ts',
		args: ['tests/backup'],
		build: true,
		postgres: true
	}
].filter((s) => existsSync(s.config) && (only.length === 0 || only.includes(s.name)));

/** @type {{ name: string, ms?: number, result: string }[]} */
const table = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSuites = [];
/** @type {{ name: string, why: string }[]} */
const notRun = [];
const started = performance.now();

/** Runs fn and adds its wall time to the table under name. */
function timed(name, fn) {
	const t = performance.now();
	const value = fn();
	const row = { name, ms: performance.now() - t, result: '' };
	table.push(row);
	return { value, row };
}

// The machine: what is missing is installed or started, or named with its command.
console.log('▶ environment');
const before = performance.now();
const machine = await prepare();
table.push({ name: 'environment', ms: performance.now() - before, result: '' });
if (machine.browser) console.log(`✗ ${machine.browser}`);
if (!machine.postgres)
	console.log(
		machine.postgresRequired
			? `✗ ${machine.postgresNote} (CI requires it)`
			: `• ${machine.postgresNote}; the database suites run on PGlite only`
	);

/**
 * How a suite runs on this machine: its vitest arguments and whether its browser projects are
 * left out, or null when it cannot run at all (what is left out is recorded in notRun).
 */
function planRun(suite) {
	if (suite.postgres && !machine.postgres && machine.postgresRequired) {
		notRun.push({ name: suite.name, why: 'PostgreSQL on 127.0.0.1:5432, which CI requires' });
		return null;
	}
	if (!suite.browser || !machine.browser) return { args: suite.args ?? [], partial: false };
	if (suite.browser === true) {
		notRun.push({ name: suite.name, why: 'no browser' });
		return null;
	}
	for (const project of suite.browser.projects) notRun.push({ name: project, why: 'no browser' });
	const rest = suite.browser.rest.flatMap((p) => ['--project', p]);
	return { args: [...(suite.args ?? []), ...rest], partial: true };
}

const runs = suites.map((suite) => ({ suite, run: planRun(suite) }));

// One build for every suite that runs against build/; the suites are told to reuse it, and the
// load, bad-input and backup suites share one seeded database.
const childEnv = {
	...process.env,
	BANSHI_SKIP_BUILD: '1',
	BANSHI_SEEDED_DIR: join(out, 'seeded')
};
let buildFailed = false;
if (runs.some((r) => r.run && r.suite.build)) {
	const reuse =
		process.env.BANSHI_SKIP_BUILD &&
		existsSync('build/index.js') &&
		existsSync('dist-widget/banshi-form.js');
	if (reuse) table.push({ name: 'build', result: 'reused (BANSHI_SKIP_BUILD)' });
	else {
		console.log('\n▶ build (npm run build)');
		const b = timed('build', () => spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }));
		buildFailed = b.value.status !== 0;
		if (buildFailed) {
			b.row.result = 'FAILED';
			failedSuites.push('build');
		}
	}
}

for (const { suite, run } of runs) {
	if (run && suite.build && buildFailed) notRun.push({ name: suite.name, why: 'the build failed' });
	if (!run || (suite.build && buildFailed)) {
		table.push({ name: suite.name, result: 'NOT RUN' });
		continue;
	}
	const report = join(out, `${suite.name}.json`);
	console.log(`\n▶ ${suite.name}`);
	const r = timed(suite.name, () =>
		spawnSync(
			'npx',
			[
				'vitest',
				'run',
				'--config',
				suite.config,
				'--reporter=default',
				'--reporter=json',
				`--outputFile.json=${report}`,
				...run.args
			],
			{ stdio: 'inherit', env: { ...childEnv, ...suite.env } }
		)
	);
	let result = '';
	if (existsSync(report)) {
		const j = JSON.parse(readFileSync(report, 'utf8'));
		const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
		totals.passed += j.numPassedTests ?? 0;
		totals.failed += j.numFailedTests ?? 0;
		totals.skipped += skipped;
		result = `${j.numPassedTests ?? 0} passed`;
		if (j.numFailedTests) result += `, ${j.numFailedTests} failed`;
		if (skipped) result += `, ${skipped} skipped`;
		if ((j.numTotalTests ?? 0) === 0) failedSuites.push(`${suite.name} (no tests ran)`);
	}
	if (r.value.status !== 0) {
		failedSuites.push(suite.name);
		result = `FAILED${result ? ` (${result})` : ''}`;
	}
	if (run.partial) result += '; browser projects NOT RUN';
	r.row.result = result;
}
rmSync(out, { recursive: true, force: true });

/** @param {number} ms */
const clock = (ms) => {
	const s = Math.round(ms / 1000);
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const width = Math.max(...table.map((row) => row.name.length), 'total'.length);
console.log('');
for (const row of table)
	console.log(
		`${row.name.padEnd(width)}  ${(row.ms === undefined ? '—' : clock(row.ms)).padStart(6)}  ${row.result}`
	);
console.log(`${'total'.padEnd(width)}  ${clock(performance.now() - started).padStart(6)}`);

console.log('');
if (failedSuites.length) console.log(`failed suites: ${failedSuites.join(', ')}`);
for (const why of new Set(notRun.map((n) => n.why))) {
	const names = notRun.filter((n) => n.why === why).map((n) => n.name);
	console.log(`NOT RUN: ${names.join(', ')} (${why})`);
}
if (machine.browser && notRun.some((n) => n.why === 'no browser')) console.log(machine.browser);
const incomplete = notRun.length ? ` — INCOMPLETE: ${notRun.length} not run` : '';
console.log(
	`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${incomplete}`
);
process.exit(failedSuites.length || totals.failed || notRun.length ? 1 : 0);
