// banshi accept and workdays across the new year: provisional deadlines, --calendar with the
// State Council notice text or a calendar JSON, and --strict-calendar, in both languages.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_EXIT_CODES } from '../../src/cli/commands/accept';
import { main } from '../../src/cli/main';
import { SAMPLES, fileRef } from '../fixtures/template-samples';

const TEMPLATE = 'templates/food-business-licence.json';
const NOTICE_2027 = 'tests/fixtures/holiday-notices/sample-2027.txt';
let dir: string;
let submission: string;

async function run(args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(
		args,
		{ out: (t) => out.push(t), err: (t) => err.push(t) },
		{ cwd: process.cwd(), env: {} }
	);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'banshi-cli-calendar-'));
	submission = join(dir, 'tolerated.json');
	// the layout plan (tolerable) is missing, the commitment signed
	writeFileSync(
		submission,
		JSON.stringify({
			form: SAMPLES['food-business-licence'],
			materials: {
				'application-form': fileRef('申请书'),
				'equipment-list': fileRef('设备'),
				'safety-rules': fileRef('制度')
			},
			commitment: true
		})
	);
});

const accept = (...more: string[]) =>
	run(['accept', TEMPLATE, submission, '--date', '2026-12-28', ...more]);

describe('banshi accept when next year has no holiday schedule', () => {
	it('accepts with a provisional deadline and says how to load the year, in English', async () => {
		const r = await accept('--lang', 'en');
		expect(r.code).toBe(ACCEPT_EXIT_CODES['accept-with-tolerance']);
		const d = JSON.parse(r.out);
		expect(d.decision).toBe('accept-with-tolerance');
		expect(d.provisional).toBe(true);
		expect(d.provisionalYears).toEqual([2027]);
		// Dec 29, 30, 31 and, weekends only, Jan 1 and Jan 4
		expect(d.supplementDeadline).toBe('2027-01-04');
		expect(d.provisionalReason).toMatch(/^The holiday schedule for 2027 is not loaded yet/);
		expect(r.err).toContain('--calendar');
		expect(r.err).toMatch(/^Note: the deadlines are provisional/);
		expect(r.err).not.toMatch(/[\u4e00-\u9fff]{4}/);
	});

	it('is final with the notice text passed as --calendar', async () => {
		const r = await accept('--calendar', NOTICE_2027);
		expect(r.code).toBe(ACCEPT_EXIT_CODES['accept-with-tolerance']);
		const d = JSON.parse(r.out);
		expect(d.provisional).toBeUndefined();
		expect(d.supplementDeadline).toBe('2027-01-05');
		// Jan 1–3 are days off in the loaded notice
		expect(d.calendar).toMatch(/\+notice:2027$/);
		expect(r.err).toBe('');
	});

	it('takes an exported calendar JSON as well', async () => {
		const file = join(dir, 'calendar.json');
		writeFileSync(
			file,
			JSON.stringify({
				id: 'export',
				years: { '2027': { holidays: ['2027-01-01'], workdays: [] } }
			})
		);
		const d = JSON.parse((await accept('--calendar', file)).out);
		expect(d.provisional).toBeUndefined();
		expect(d.calendar).toMatch(/^export\+/);
	});

	it('--strict-calendar refuses, in the language asked, naming --calendar', async () => {
		const en = await accept('--strict-calendar', '--lang', 'en');
		expect(en.code).toBe(1);
		expect(en.out).toBe('');
		expect(en.err).toContain('The holiday schedule for 2027 has not been published yet');
		expect(en.err).toContain('--calendar');
		const zh = await accept('--strict-calendar');
		expect(zh.err).toContain('2027 年的节假日安排尚未发布');
		expect(zh.err).toContain('--calendar');
	});

	it('locates a malformed notice by file, line and column', async () => {
		const bad = join(dir, 'notice.txt');
		writeFileSync(bad, readFileSync(NOTICE_2027, 'utf8').replace('共8天', '共9天'));
		const r = await accept('--calendar', bad, '--lang', 'en');
		expect(r.code).toBe(1);
		expect(r.err).toMatch(
			new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7:\\d+: Spring Festival`)
		);
		expect(r.err).toContain('共9天');
	});
});

describe('banshi workdays with a notice', () => {
	it('counts over a loaded year and names --calendar when a year is missing', async () => {
		expect((await run(['workdays', 'add', '2026-12-31', '1', '--calendar', NOTICE_2027])).out).toBe(
			'2027-01-04'
		);
		const r = await run(['workdays', 'add', '2026-12-31', '1', '--lang', 'en']);
		expect(r.code).toBe(1);
		expect(r.err).toContain('2027');
		expect(r.err).toContain('--calendar');
	});
});
