#!/usr/bin/env node
// What the test suites need from the machine besides node_modules: Chromium and a CJK font for the
// browser suites (Debian's packages, no browser download), and PostgreSQL on 127.0.0.1:5432 (trust
// auth) for the second database engine. As root with apt-get, what is missing is installed or
// started; otherwise one line names the command that would do it. `npm test` (scripts/test.js) and
// .ci/run both prepare the machine through `prepare()`.
//   node scripts/test-env.js    prepare and report; exits 1 when a suite would not be able to run
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const CJK_FONT_PACKAGE = 'fonts-wqy-microhei';

/**
 * The Chromium every browser suite drives: $BANSHI_CHROMIUM, else $CHROMIUM (the benchmarks' older
 * name), else Debian's package.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function chromiumPath(env = process.env) {
	return env.BANSHI_CHROMIUM || env.CHROMIUM || DEFAULT_CHROMIUM;
}

/**
 * Where the database tests look for PostgreSQL, in order; the first that lets them in is used.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string[]}
 */
export function postgresCandidates(env = process.env) {
	const urls = [
		'postgres://postgres@127.0.0.1:5432/test',
		`postgres://${env.USER ?? 'postgres'}@127.0.0.1:5432/test`,
		'postgres://postgres@127.0.0.1:5432/postgres'
	];
	return env.BANSHI_TEST_PG_URL ? [env.BANSHI_TEST_PG_URL, ...urls] : urls;
}

/**
 * @typedef {object} Facts  what the machine has, as probe() finds it
 * @property {string} chromium  the browser the suites would launch
 * @property {boolean} chromiumFound  it exists and is executable
 * @property {boolean} chromiumChosen  the environment chose another path, where Debian's package would not land
 * @property {boolean} cjkFont  fontconfig knows a font with Chinese glyphs
 * @property {boolean} root
 * @property {boolean} apt  apt-get is on the PATH
 * @property {boolean} ci  $CI is set: every suite must run, PostgreSQL included
 * @property {'ready' | 'refused' | 'down'} postgres  lets the tests in / answers but refuses them / does not answer
 * @property {string | null} postgresCluster  version of an installed cluster (/etc/postgresql/<v>/main)
 * @property {boolean} pgCtlcluster  Debian's pg_ctlcluster is on the PATH
 */

/**
 * @typedef {object} Plan  what to do about it now
 * @property {string[]} install  Debian packages to install with apt-get
 * @property {string | null} startPostgres  version of the cluster to start
 */

/**
 * Installs only as root through apt-get, and never a browser the environment asked for elsewhere:
 * Debian's package would not put it there.
 * @param {Facts} facts
 * @returns {Plan}
 */
export function plan(facts) {
	const install = [];
	if (facts.root && facts.apt) {
		if (!facts.chromiumFound && !facts.chromiumChosen) install.push('chromium');
		if (!facts.cjkFont) install.push(CJK_FONT_PACKAGE);
	}
	const startPostgres =
		facts.postgres === 'down' && facts.root && facts.pgCtlcluster ? facts.postgresCluster : null;
	return { install, startPostgres };
}

/**
 * @typedef {object} Verdict  what the suites can do on this machine, after plan() was carried out
 * @property {string | null} browser  why the browser suites cannot run, with the command that fixes it; null when they can
 * @property {boolean} postgres  the suites may use PostgreSQL
 * @property {string | null} postgresNote  why they cannot, with the command that fixes it
 * @property {boolean} postgresRequired  under CI the database suites do not run without it
 */

/**
 * @param {Facts} facts
 * @returns {Verdict}
 */
export function verdict(facts) {
	const sudo = facts.root ? '' : 'sudo ';
	const missing = [
		...(facts.chromiumFound ? [] : [`Chromium at ${facts.chromium}`]),
		...(facts.cjkFont ? [] : ['CJK font'])
	];
	let browser = null;
	if (missing.length) {
		const packages = [
			...(facts.chromiumFound ? [] : ['chromium']),
			...(facts.cjkFont ? [] : [CJK_FONT_PACKAGE])
		].join(' ');
		const command = `${sudo}apt-get update && ${sudo}apt-get install -y ${packages}`;
		const how =
			facts.chromiumChosen && !facts.chromiumFound
				? `Point BANSHI_CHROMIUM at a Chromium binary, or unset it and run: ${command}`
				: facts.apt
					? `Install with: ${command}`
					: `Install Chromium and a CJK font (on Debian: ${command}), or set BANSHI_CHROMIUM`;
		browser = `No ${missing.join(' and no ')}: the browser suites cannot run. ${how}`;
	}

	let postgresNote = null;
	if (facts.postgres === 'refused') {
		postgresNote =
			'PostgreSQL on 127.0.0.1:5432 refuses postgres@127.0.0.1/test without a password; allow trust for 127.0.0.1 in pg_hba.conf';
	} else if (facts.postgres === 'down') {
		postgresNote = facts.postgresCluster
			? `PostgreSQL ${facts.postgresCluster} is installed but not running; start it with: ${sudo}pg_ctlcluster --skip-systemctl-redirect ${facts.postgresCluster} main start`
			: `PostgreSQL does not answer on 127.0.0.1:5432; install it with: ${sudo}apt-get install -y postgresql (trust auth for 127.0.0.1, database test)`;
	}
	return {
		browser,
		postgres: facts.postgres === 'ready',
		postgresNote,
		postgresRequired: facts.ci
	};
}

/** @param {string} name */
function onPath(name) {
	return (process.env.PATH ?? '')
		.split(delimiter)
		.some((dir) => dir !== '' && existsSync(join(dir, name)));
}

/** @param {string} path */
function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function cjkFontInstalled() {
	const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
	return r.status === 0 && r.stdout.trim() !== '';
}

/** The newest cluster Debian's postgresql-common knows, e.g. "15". */
function installedCluster() {
	if (!existsSync('/etc/postgresql')) return null;
	const versions = readdirSync('/etc/postgresql')
		.filter((v) => existsSync(join('/etc/postgresql', v, 'main')))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] ?? null;
}

/** @returns {Promise<boolean>} */
function listening(host = '127.0.0.1', port = 5432) {
	return new Promise((resolve) => {
		const socket = connect({ host, port, timeout: 2000 });
		const done = (/** @type {boolean} */ up) => {
			socket.destroy();
			resolve(up);
		};
		socket.once('connect', () => done(true));
		socket.once('timeout', () => done(false));
		socket.once('error', () => done(false));
	});
}

/** @returns {Promise<Facts['postgres']>} */
async function postgresState() {
	if (!(await listening())) return 'down';
	let pg;
	try {
		pg = (await import('pg')).default;
	} catch {
		// before `npm ci` there is no client library; an answering port is all that can be known
		return 'ready';
	}
	for (const url of postgresCandidates()) {
		const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
		try {
			await client.connect();
			await client.query('select 1');
			return 'ready';
		} catch {
			// try the next candidate
		} finally {
			await client.end().catch(() => {});
		}
	}
	return 'refused';
}

/** @returns {Promise<Facts>} */
export async function probe(env = process.env) {
	const chromium = chromiumPath(env);
	return {
		chromium,
		chromiumFound: executable(chromium),
		chromiumChosen: chromium !== DEFAULT_CHROMIUM,
		cjkFont: cjkFontInstalled(),
		root: process.getuid?.() === 0,
		apt: onPath('apt-get'),
		ci: Boolean(env.CI),
		postgres: await postgresState(),
		postgresCluster: installedCluster(),
		pgCtlcluster: onPath('pg_ctlcluster')
	};
}

/** @param {string[]} packages */
function aptInstall(packages) {
	/** @type {import('node:child_process').StdioOptions} */
	const quiet = ['ignore', 'ignore', 'inherit'];
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update', '-qq'], { stdio: quiet, env });
	if (update.status !== 0) return false;
	return (
		spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: quiet, env }).status === 0
	);
}

/** @param {string} version */
async function startPostgres(version) {
	spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 20 && !(await listening()); i++) await new Promise((r) => setTimeout(r, 500));
}

/**
 * Finds what the suites need and, where plan() says so, installs or starts it; one line per action.
 * @param {(line: string) => void} [log]
 * @returns {Promise<Verdict & { facts: Facts }>}
 */
export async function prepare(log = console.log) {
	let facts = await probe();
	const todo = plan(facts);
	if (todo.install.length) {
		log(`▶ installing ${todo.install.join(' ')} (apt-get, as root)…`);
		if (!aptInstall(todo.install)) log('  apt-get failed (its message is above)');
	}
	if (todo.startPostgres) {
		log(`▶ starting PostgreSQL ${todo.startPostgres} (pg_ctlcluster)…`);
		await startPostgres(todo.startPostgres);
	}
	if (todo.install.length || todo.startPostgres) facts = await probe();
	return { facts, ...verdict(facts) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const v = await prepare();
	console.log(v.browser ? `✗ ${v.browser}` : `✓ Chromium (${v.facts.chromium}) and a CJK font`);
	console.log(v.postgres ? '✓ PostgreSQL on 127.0.0.1:5432' : `✗ ${v.postgresNote}`);
	process.exit(v.browser || (!v.postgres && v.postgresRequired) ? 1 : 0);
}
