// The banshi command line, driven the way people use it: real files, exit codes, messages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { SAMPLES, fileRef as sampleFile } from '../fixtures/template-samples';

const TEMPLATE = 'templates/food-business-licence.json';
let dir: string;

async function run(args: string[], cwd = process.cwd()) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(
		args,
		{ out: (t) => out.push(t), err: (t) => err.push(t) },
		{ cwd, env: {} }
	);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

function item() {
	return JSON.parse(readFileSync(TEMPLATE, 'utf8'));
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'banshi-cli-'));
});

describe('banshi validate', () => {
	it('accepts a template', async () => {
		const r = await run(['validate', TEMPLATE]);
		expect(r.code).toBe(0);
		expect(r.out).toContain('有效');
	});

	it('names the line and column of a JSON syntax error', async () => {
		const text = readFileSync(TEMPLATE, 'utf8');
		const f = join(dir, 'truncated.json');
		writeFileSync(f, text.slice(0, 200));
		const r = await run(['validate', f]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/truncated\.json:\d+:\d+: /);
		expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
	});

	it('lists a wrong type deep in the document with its pointer', async () => {
		const doc = item();
		doc.materials[0].copies = '两份';
		const f = join(dir, 'wrong-type.json');
		writeFileSync(f, JSON.stringify(doc));
		const r = await run(['validate', f]);
		expect(r.code).toBe(1);
		expect(r.err).toContain('/materials/0/copies');
	});

	it('exits 2 on a missing file and on bad usage', async () => {
		expect((await run(['validate', join(dir, 'nope.json')])).code).toBe(2);
		expect((await run(['validate'])).code).toBe(2);
		expect((await run(['frobnicate'])).code).toBe(2);
	});

	it('speaks English with --lang en', async () => {
		const r = await run(['--lang', 'en', 'validate', TEMPLATE]);
		expect(r.out).toContain('valid');
	});
});

describe('banshi compile', () => {
	it('writes a byte-identical bundle twice', async () => {
		const a = join(dir, 'a.json');
		const b = join(dir, 'b.json');
		expect((await run(['compile', TEMPLATE, '-o', a])).code).toBe(0);
		expect((await run(['compile', TEMPLATE, '-o', b])).code).toBe(0);
		expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
		const bundle = JSON.parse(readFileSync(a, 'utf8'));
		expect(bundle.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(bundle.applicationSchema.$schema).toContain('2020-12');
	});
});

describe('banshi accept', () => {
	it('asks for everything missing at once (supplement, exit 1)', async () => {
		const f = join(dir, 'empty-submission.json');
		writeFileSync(f, JSON.stringify({ form: {}, materials: {}, commitment: false }));
		const r = await run(['accept', TEMPLATE, f, '--date', '2026-03-02']);
		expect(r.code).toBe(1);
		const decision = JSON.parse(r.out);
		expect(decision.decision).toBe('supplement');
		const needed = item().materials.filter(
			(m: { necessity: string; sharedExempt: boolean; condition?: unknown }) =>
				m.necessity !== 'optional' && !m.sharedExempt && !m.condition
		);
		expect(decision.missing.length).toBeGreaterThanOrEqual(needed.length);
	});
});

describe('banshi accept: one exit code per verdict', () => {
	const food = () => {
		const doc = item();
		const form = structuredClone(SAMPLES['food-business-licence']);
		const materials: Record<string, unknown> = {};
		for (const id of ['application-form', 'layout-plan', 'equipment-list', 'safety-rules'])
			materials[id] = sampleFile(id);
		return { doc, form, materials };
	};
	const accept = async (doc: unknown, submission: unknown, name: string) => {
		const itemFile = join(dir, `${name}-item.json`);
		const subFile = join(dir, `${name}-submission.json`);
		writeFileSync(itemFile, JSON.stringify(doc));
		writeFileSync(subFile, JSON.stringify(submission));
		const r = await run(['accept', itemFile, subFile, '--date', '2026-03-02']);
		return { code: r.code, decision: JSON.parse(r.out) };
	};

	it('0 accept, 3 accept-with-tolerance, 1 supplement, 4 reject', async () => {
		const { doc, form, materials } = food();
		expect(await accept(doc, { form, materials, commitment: false }, 'complete')).toMatchObject({
			code: 0,
			decision: { decision: 'accept' }
		});
		const partial = { ...materials };
		delete partial['layout-plan'];
		const tolerated = await accept(doc, { form, materials: partial, commitment: true }, 'tol');
		expect(tolerated).toMatchObject({ code: 3, decision: { decision: 'accept-with-tolerance' } });
		const unsigned = await accept(doc, { form, materials: partial, commitment: false }, 'sup');
		expect(unsigned).toMatchObject({ code: 1, decision: { decision: 'supplement' } });
		doc.refusals = [
			{
				id: 'online',
				text: doc.guide.refusalCases[0],
				condition: {
					properties: { business: { properties: { onlineSales: { const: true } } } }
				}
			}
		];
		const refused = await accept(doc, { form, materials, commitment: false }, 'rej');
		expect(refused).toMatchObject({
			code: 4,
			decision: { decision: 'reject', refusals: [{ id: 'online' }] }
		});
	});
});

describe('banshi format', () => {
	it('prints the normalised value the form and the acceptance use', async () => {
		const r = await run(['format', 'cn-id-card', ' 41010519850612102x ']);
		expect(r.code).toBe(0);
		expect(r.out).toContain('41010519850612102X');
		expect((await run(['format', 'cn-postcode', '000000'])).code).toBe(1);
	});

	it('checks a resident ID number check digit', async () => {
		expect((await run(['format', 'cn-id-card', '11010519491231002X'])).code).toBe(0);
		const bad = await run(['format', 'cn-id-card', '110105194912310021']);
		expect(bad.code).toBe(1);
		expect(bad.err).toContain('校验码');
	});
	it('refuses an unknown format name with usage', async () => {
		expect((await run(['format', 'cn-foo', '1'])).code).toBe(2);
	});
});

describe('banshi workdays', () => {
	it('skips the National Day week and counts make-up days', async () => {
		// 2024-09-30 (Mon) + 1 working day: Oct 1–7 are holidays → Oct 8
		const r = await run(['workdays', 'add', '2024-09-30', '1']);
		expect(r.code).toBe(0);
		expect(r.out.trim()).toBe('2024-10-08');
		// Sat 2024-10-12 is a make-up working day: (2024-10-11, 2024-10-12] has one working day
		expect((await run(['workdays', 'between', '2024-10-11', '2024-10-12'])).out.trim()).toBe('1');
	});
	it('says so when the year has no holiday data', async () => {
		const r = await run(['workdays', 'add', '2035-06-01', '3']);
		expect(r.code).toBe(1);
		expect(r.err).toContain('2035');
	});
});

describe('the installed command', () => {
	it('runs as bin/banshi.js with --help and exit code 0', () => {
		const r = spawnSync(process.execPath, ['bin/banshi.js', 'validate', '--help'], {
			encoding: 'utf8'
		});
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('banshi validate');
	});
});

describe('banshi lint, diff and deviations', () => {
	it('lints a template clean and fails on an essential material made tolerable', async () => {
		expect((await run(['lint', TEMPLATE])).code).toBe(0);
		const doc = item();
		const essential = doc.materials.find((m: { essential: boolean }) => m.essential);
		essential.necessity = 'tolerable';
		const f = join(dir, 'essential-tolerable.json');
		writeFileSync(f, JSON.stringify(doc));
		const r = await run(['lint', f, '--format', 'json']);
		// the document validator already refuses an essential tolerable material; either way exit 1
		expect(r.code).toBe(1);
		expect(r.out + r.err).toContain('/materials/');
	});

	it('applies a deployment rule config and refuses an unknown rule id', async () => {
		const cfg = join(dir, 'rules.json');
		writeFileSync(cfg, JSON.stringify({ 'no-such-rule': 'off' }));
		const r = await run(['lint', TEMPLATE, '--config', cfg]);
		expect(r.code).toBe(1);
		expect(r.err).toContain('no-such-rule');
	});

	it('diffs two versions into reviewer sentences', async () => {
		const doc = item();
		const before = doc.guide.promisedTimeLimit.value;
		const after = Math.max(1, before - 5);
		doc.guide.promisedTimeLimit.value = after;
		const f = join(dir, 'shorter.json');
		writeFileSync(f, JSON.stringify(doc));
		const md = await run(['diff', TEMPLATE, f]);
		expect(md.code).toBe(0);
		expect(md.out).toContain(
			`承诺办结时限由 ${before} 个工作日缩短为 ${after} 个工作日（对申请人有利：办得更快）`
		);
		const json = JSON.parse((await run(['diff', TEMPLATE, f, '--format', 'json'])).out);
		expect(JSON.stringify(json)).toContain('looser');
	});

	it('exits 1 when a change breaks the compatibility promise, acceptance rules included', async () => {
		const doc = item();
		doc.tolerance.maxMissing = 1;
		const f = join(dir, 'fewer-missing.json');
		writeFileSync(f, JSON.stringify(doc));
		const r = await run(['diff', TEMPLATE, f]);
		expect(r.code).toBe(1);
		expect(r.out).toContain('可容缺材料上限由 3 件减少为 1 件');
		expect(r.err).toContain('兼容性承诺');
		const json = JSON.parse((await run(['diff', TEMPLATE, f, '--format', 'json'])).out);
		expect(json.summary.bump).toBe('major');
	});

	it('refuses to diff two different items', async () => {
		const r = await run(['diff', TEMPLATE, 'templates/construction-permit.json']);
		expect(r.code).toBe(1);
		expect(r.err.length).toBeGreaterThan(0);
	});

	it('reports the deviations of a local implementation from its base item', async () => {
		const base = item();
		const local = item();
		local.code = base.code.slice(0, -1) + (base.code.endsWith('1') ? '2' : '1');
		delete local.codeProfile;
		local.base = { code: base.code, version: 1 };
		local.guide.legalTimeLimit.value += 10;
		local.guide.promisedTimeLimit.value += 10;
		const f = join(dir, 'local.json');
		writeFileSync(f, JSON.stringify(local));
		const r = await run(['deviations', TEMPLATE, f]);
		expect(r.code).toBe(0);
		expect(r.out).toContain('承诺办结时限');
	});
});

describe('banshi accept --print', () => {
	it('writes the notice of the verdict as an A4 HTML page', async () => {
		const doc = item();
		const itemFile = join(dir, 'print-item.json');
		const subFile = join(dir, 'print-submission.json');
		writeFileSync(itemFile, JSON.stringify(doc));
		writeFileSync(subFile, JSON.stringify({ form: {}, materials: {}, commitment: false }));
		const html = join(dir, 'notice.html');
		const r = await run(['accept', itemFile, subFile, '--date', '2026-03-02', '--print', html]);
		expect(r.code).toBe(1);
		expect(JSON.parse(r.out).decision).toBe('supplement');
		const page = readFileSync(html, 'utf8');
		expect(page).toContain('<h1>一次性告知（补正）通知书</h1>');
		expect(page).toContain('size: A4');
		expect(page).toContain(doc.department.name);
		// every missing material is listed on the notice
		for (const m of JSON.parse(r.out).missing) expect(page).toContain(m.name);
		expect(r.err).toContain('notice.html');
	});
});
