// The corpus of broken and hostile item documents against every consumer of item files: the
// designer's import, the `banshi` command line (validate, compile, lint) and the API (create and
// save). Each answers with a clear error naming where it is — never a crash, a hang or a 5xx — and
// the API stores nothing: the draft under edit is the same before and after every case. The one
// exception is half-finished work (`draft` cases): saving it as a draft succeeds, marked invalid,
// and only submitting it is refused (issue 14: a draft always saves).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importItem } from '../../src/lib/designer/catalog/new-item';
import { lintItem } from '../../src/lib/domain/lint';
import { main } from '../../src/cli/main';
import { Api, DEMO_PASSWORD } from '../api/client';
import type { App } from '../load/lib/app';
import { engineNames, storage, type Storage } from '../load/lib/engines';
import { baseDocument, documentCases } from './corpus';
import { snapshot } from './snapshot';

// What the item checks themselves must refuse (the server alone refuses the `storage` cases).
const cases = documentCases().filter((c) => !c.storage);
const DRAFT_CODE = baseDocument().code.slice(0, 19) + '900000000001';
const apiCases = documentCases(DRAFT_CODE);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('designer import', () => {
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const t0 = performance.now();
		const r = importItem(decode(c.bytes), 'en');
		expect(performance.now() - t0).toBeLessThan(5000);
		if (c.lint) {
			expect(r.ok).toBe(true);
			const findings = r.ok ? lintItem(r.item, { locale: 'en' }) : [];
			expect(findings.some((f) => f.rule === c.lint && f.severity === 'error')).toBe(true);
			return;
		}
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems.length).toBeGreaterThan(0);
		for (const p of r.problems) {
			expect(typeof p.pointer).toBe('string');
			expect(p.message.length).toBeGreaterThan(5);
		}
		if (c.pointer) expect(r.problems.map((p) => p.pointer)).toContain(c.pointer);
	});
});

describe('banshi validate / compile / lint', () => {
	let dir: string;
	beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'banshi-bad-cli-'))));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	async function run(args: string[]) {
		const out: string[] = [];
		const err: string[] = [];
		const code = await main(
			args,
			{ out: (t) => out.push(t), err: (t) => err.push(t) },
			{ env: { BANSHI_LANG: 'en' } }
		);
		return { code, text: [...out, ...err].join('\n') };
	}

	it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
		const file = join(dir, `case-${i}.json`);
		writeFileSync(file, c.bytes);
		for (const command of c.lint ? ['lint'] : ['validate', 'compile', 'lint']) {
			const t0 = performance.now();
			const r = await run([command, file]);
			expect(performance.now() - t0, command).toBeLessThan(10_000);
			expect(r.code, `${command}: ${r.text.slice(0, 300)}`).toBeGreaterThan(0);
			expect(r.text.length).toBeGreaterThan(10);
			// a message for people, not a stack trace
			expect(r.text).not.toMatch(/\n\s+at .+:\d+:\d+/);
			if (c.pointer && command === 'validate') expect(r.text).toContain(c.pointer);
		}
	});
});

describe.each(await engineNames())('API create and save (%s)', (engine) => {
	let store: Storage;
	let app: App;
	let api: Api;
	let token: string;
	let code: string;

	beforeAll(async () => {
		store = await storage(engine);
		app = await store.start();
		api = new Api(app.url);
		token = await api.login('editor', DEMO_PASSWORD);
		const doc = { ...baseDocument(DRAFT_CODE), name: '坏输入测试事项' };
		const created = await api.post('/api/v1/items', { document: doc }, { token });
		expect(created.status).toBe(201);
		code = DRAFT_CODE;
	});

	afterAll(async () => {
		await app?.stop();
		await store?.dispose();
	});

	const body = (prefix: string, c: { bytes: Uint8Array }) =>
		new Uint8Array([
			...new TextEncoder().encode(prefix),
			...c.bytes,
			...new TextEncoder().encode('}')
		]);

	it.each(apiCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
		const before = await snapshot(api, token, [code]);
		const json = { 'content-type': 'application/json', 'accept-language': 'en' };
		// Past the server's body limit the connection may be closed before the answer can be read.
		const send = (method: string, path: string, raw: Uint8Array) =>
			api.request(method, path, { token, raw, headers: json }).catch((error) => {
				if (c.bytes.length > 4 * 1024 * 1024) return null;
				throw error;
			});
		const create = await send('POST', '/api/v1/items', body('{"document":', c));
		const base = before.items[0].revision;
		const save = await send(
			'PUT',
			`/api/v1/items/${code}/draft`,
			body(`{"baseRevision":${base},"document":`, c)
		);
		if (c.draft && save) {
			// half-finished work is kept as an invalid draft; review will not take it
			expect(save.status, save.text.slice(0, 300)).toBe(200);
			expect(save.body.valid).toBe(false);
			const submit = await api.post(`/api/v1/items/${code}/submit`, undefined, { token });
			expect(submit.status).toBe(422);
			expect(submit.body.type).toMatch(/not-submittable$/);
			// put the document back for the next case
			const back = await api.put(
				`/api/v1/items/${code}/draft`,
				{ baseRevision: save.body.revision, document: before.items[0].document },
				{ token }
			);
			expect(back.status).toBe(200);
		}
		for (const [what, res] of [
			['create', create],
			['save', c.draft ? null : save]
		] as const) {
			if (res === null) continue;
			expect(res.status, `${what}: ${res.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
			expect(res.status, `${what}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
			expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
			expect(res.body.title).toBeTruthy();
			if (c.pointer && res.status === 422)
				expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(c.pointer);
		}
		const after = await snapshot(api, token, [code]);
		if (c.draft) {
			// what is kept: the document, the status, the published versions, the number of items
			const keep = (x: typeof after) => ({
				total: x.total,
				items: x.items.map(({ revision: _r, revisions: _h, ...rest }) => rest)
			});
			expect(keep(after)).toEqual(keep(before));
			return;
		}
		expect(after).toEqual(before);
	});
});
