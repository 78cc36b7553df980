// The command line checking with a deployment's settings: an exported file (--settings) or the
// settings in force on a server (--server), so a check at the terminal finds what that server's
// publish gate would refuse.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { defaultSettings } from '../../src/lib/domain/settings';

let dir: string;
let server: Server;
let base: string;
const raised = { ...defaultSettings(), rules: { 'form-field-untitled': 'error' } };

async function run(args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(
		args,
		{ out: (t) => out.push(t), err: (t) => err.push(t) },
		{ cwd: dir, env: {} }
	);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

function write(name: string, value: unknown): string {
	const f = join(dir, name);
	writeFileSync(f, JSON.stringify(value));
	return f;
}

/** The food licence template with a one-field form whose field has no title: a warning by default. */
function untitledItem(): string {
	const doc = JSON.parse(readFileSync('templates/food-business-licence.json', 'utf8'));
	doc.form = { schema: { type: 'object', properties: { note: { type: 'string' } } }, uiSchema: {} };
	// the materials' conditions name fields of the template's own form
	for (const m of doc.materials) delete m.condition;
	return write('untitled.json', doc);
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'banshi-cli-settings-'));
	// what a Banshi server answers at GET /api/v1/settings
	server = createServer((req, res) => {
		if (req.url === '/api/v1/settings') {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(
				JSON.stringify({ version: 3, settings: raised, createdBy: 'admin', createdAt: null })
			);
		} else {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('banshi lint with settings', () => {
	it('an exported settings file raises a warning to a publish-blocking error', async () => {
		const item = untitledItem();
		expect((await run(['lint', item])).code).toBe(0);
		const r = await run(['lint', item, '--settings', write('settings.json', raised)]);
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/^error\s+form-field-untitled/m);
	});

	it("reads the API's answer as saved from the screen, version and all", async () => {
		const file = write('export.json', { version: 2, settings: raised });
		expect((await run(['lint', untitledItem(), '--settings', file])).code).toBe(1);
	});

	it('fetches the settings in force from a server', async () => {
		const r = await run(['lint', untitledItem(), '--server', base, '--format', 'json']);
		expect(r.code).toBe(1);
		expect(JSON.parse(r.out)[0]).toMatchObject({ rule: 'form-field-untitled', severity: 'error' });
	});

	it('a rule named with --config still wins over the settings', async () => {
		const config = write('rules.json', { 'form-field-untitled': 'off' });
		const r = await run(['lint', untitledItem(), '--server', base, '--config', config]);
		expect(r.code).toBe(0);
	});

	it('refuses a settings file with problems, each located', async () => {
		const file = write('bad.json', { rules: { 'no-such-rule': 'error' }, supplementDays: -1 });
		const r = await run(['lint', untitledItem(), '--settings', file]);
		expect(r.code).toBe(1);
		expect(r.err).toContain('#/rules/no-such-rule');
		expect(r.err).toContain('#/supplementDays');
	});

	it('says so when the server cannot be reached, and refuses both sources at once', async () => {
		const gone = await run(['lint', untitledItem(), '--server', `${base}/nowhere`]);
		expect(gone.code).toBe(2);
		expect(gone.err).toContain('HTTP 404');
		const both = await run([
			'lint',
			untitledItem(),
			'--server',
			base,
			'--settings',
			write('s.json', raised)
		]);
		expect(both.code).toBe(2);
	});
});

describe('banshi compile with settings', () => {
	it('applies the tolerance policy of the settings to the bundle', async () => {
		const item = join(process.cwd(), 'templates/food-business-licence.json');
		const open = JSON.parse((await run(['compile', item])).out);
		expect(open.tolerance.allowed).toBe(true);
		const strict = structuredClone(raised);
		strict.policy.classes.encouraged = { toleranceAllowed: false, maxMissing: 0 };
		const r = await run(['compile', item, '--settings', write('strict.json', strict)]);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).tolerance).toMatchObject({ allowed: false, maxMissing: 0 });
	});
});
