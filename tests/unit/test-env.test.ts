// What `npm test` does about a machine without Chromium, a CJK font or PostgreSQL: install or start
// them as root through Debian's tools, otherwise name the exact command, and never let a run whose
// browser suites did not run look like a passing one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath, plan, probe, verdict, type Facts } from '../../scripts/test-env.js';

/** A Debian machine with everything in place, as root; each test takes something away. */
function machine(overrides: Partial<Facts> = {}): Facts {
	return {
		chromium: '/usr/bin/chromium',
		chromiumFound: true,
		chromiumChosen: false,
		cjkFont: true,
		root: true,
		apt: true,
		ci: false,
		postgres: 'ready',
		postgresCluster: '15',
		pgCtlcluster: true,
		...overrides
	};
}

describe('Chromium and the CJK font', () => {
	it('does nothing on a machine that has them', () => {
		expect(plan(machine())).toEqual({ install: [], startPostgres: null });
		expect(verdict(machine()).browser).toBeNull();
	});

	it('installs what is missing through apt-get when it runs as root', () => {
		expect(plan(machine({ chromiumFound: false, cjkFont: false })).install).toEqual([
			'chromium',
			'fonts-wqy-microhei'
		]);
		expect(plan(machine({ chromiumFound: false })).install).toEqual(['chromium']);
		expect(plan(machine({ cjkFont: false })).install).toEqual(['fonts-wqy-microhei']);
	});

	it('installs nothing without root, and names the exact command in one line', () => {
		const facts = machine({ root: false, chromiumFound: false, cjkFont: false });
		expect(plan(facts).install).toEqual([]);
		expect(verdict(facts).browser).toBe(
			'No Chromium at /usr/bin/chromium and no CJK font: the browser suites cannot run. ' +
				'Install with: sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei'
		);
		expect(verdict(machine({ root: false, cjkFont: false })).browser).toBe(
			'No CJK font: the browser suites cannot run. ' +
				'Install with: sudo apt-get update && sudo apt-get install -y fonts-wqy-microhei'
		);
	});

	it('without apt-get names what to install and the Debian command for it', () => {
		const facts = machine({ apt: false, chromiumFound: false });
		expect(plan(facts).install).toEqual([]);
		expect(verdict(facts).browser).toBe(
			'No Chromium at /usr/bin/chromium: the browser suites cannot run. Install Chromium and a ' +
				'CJK font (on Debian: apt-get update && apt-get install -y chromium), or set BANSHI_CHROMIUM'
		);
	});

	it('does not install Debian’s browser when BANSHI_CHROMIUM points elsewhere', () => {
		const facts = machine({
			chromium: '/opt/none/chromium',
			chromiumFound: false,
			chromiumChosen: true
		});
		expect(plan(facts).install).toEqual([]);
		expect(verdict(facts).browser).toBe(
			'No Chromium at /opt/none/chromium: the browser suites cannot run. Point BANSHI_CHROMIUM ' +
				'at a Chromium binary, or unset it and run: apt-get update && apt-get install -y chromium'
		);
	});

	it('takes the browser from BANSHI_CHROMIUM, then CHROMIUM, then Debian’s path', () => {
		expect(chromiumPath({ BANSHI_CHROMIUM: '/a', CHROMIUM: '/b' })).toBe('/a');
		expect(chromiumPath({ CHROMIUM: '/b' })).toBe('/b');
		expect(chromiumPath({})).toBe('/usr/bin/chromium');
	});

	it('finds no browser where BANSHI_CHROMIUM points at nothing', async () => {
		const facts = await probe({ ...process.env, BANSHI_CHROMIUM: '/nonexistent/chromium' });
		expect(facts).toMatchObject({
			chromium: '/nonexistent/chromium',
			chromiumFound: false,
			chromiumChosen: true
		});
	});
});

describe('PostgreSQL', () => {
	it('starts an installed cluster that is down when it runs as root', () => {
		expect(plan(machine({ postgres: 'down' })).startPostgres).toBe('15');
		expect(plan(machine({ postgres: 'down', root: false })).startPostgres).toBeNull();
		expect(plan(machine({ postgres: 'down', pgCtlcluster: false })).startPostgres).toBeNull();
	});

	it('names the command that starts or installs it, and requires it under CI', () => {
		const down = verdict(machine({ postgres: 'down', root: false, ci: true }));
		expect(down).toMatchObject({ postgres: false, postgresRequired: true });
		expect(down.postgresNote).toBe(
			'PostgreSQL 15 is installed but not running; start it with: ' +
				'sudo pg_ctlcluster --skip-systemctl-redirect 15 main start'
		);
		expect(verdict(machine({ postgres: 'down', postgresCluster: null })).postgresNote).toContain(
			'install it with: apt-get install -y postgresql'
		);
		expect(verdict(machine({ postgres: 'refused' })).postgresNote).toContain('pg_hba.conf');
		expect(verdict(machine()).postgresNote).toBeNull();
	});
});

describe('npm test without a browser', () => {
	it('runs no browser suite, names the missing browser and fails', () => {
		// a PATH with node alone (no apt-get, fc-list or pg_ctlcluster), so nothing on the machine changes
		const bin = mkdtempSync(join(tmpdir(), 'banshi-path-'));
		symlinkSync(process.execPath, join(bin, 'node'));
		const r = spawnSync(process.execPath, ['scripts/test.js', 'e2e'], {
			encoding: 'utf8',
			env: { PATH: bin, HOME: process.env.HOME ?? '', BANSHI_CHROMIUM: '/nonexistent/chromium' }
		});
		rmSync(bin, { recursive: true });
		expect(r.status).toBe(1);
		expect(r.stdout).toContain(
			'✗ No Chromium at /nonexistent/chromium and no CJK font: the browser suites cannot run.'
		);
		expect(r.stdout).toContain('NOT RUN: e2e (no browser)');
		expect(r.stdout).toMatch(/0 passed, 0 failed, 0 skipped — INCOMPLETE: 1 not run/);
	});
});
