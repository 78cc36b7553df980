// Hostile submissions to `banshi accept` (the same decision the portal's acceptance schemas make):
// oversize and forged file references, wrong types, unknown materials, broken and deep JSON. Each is
// a reject that says where (or a usage error for an unreadable file) — never a crash or an accept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { TEMPLATE } from './corpus';

const ref = {
	name: '申请表.pdf',
	mediaType: 'application/pdf',
	size: 1024,
	sha256: 'a'.repeat(64)
};
const withRef = (r: unknown) =>
	JSON.stringify({ form: {}, materials: { 'application-form': r }, commitment: false });
const at = (field: string) => `/materials/application-form${field}`;

const cases: [name: string, text: string | Uint8Array, pointer?: string][] = [
	['a petabyte upload', withRef({ ...ref, size: 1e15 }), at('/size')],
	['a negative size', withRef({ ...ref, size: -1 }), at('/size')],
	['an empty file', withRef({ ...ref, size: 0 }), at('/size')],
	['size as text', withRef({ ...ref, size: '10MB' }), at('/size')],
	['a forged digest', withRef({ ...ref, sha256: 'not-a-digest' }), at('/sha256')],
	['an HTML upload', withRef({ ...ref, mediaType: 'text/html' }), at('/mediaType')],
	['a 10,000-character file name', withRef({ ...ref, name: 'a'.repeat(10_000) }), at('/name')],
	['a path instead of a reference', withRef('file:///etc/passwd'), at('')],
	['an extra path field', withRef({ ...ref, path: '/etc/passwd' })],
	[
		'an unknown material',
		JSON.stringify({ form: {}, materials: { evil: ref }, commitment: false })
	],
	['commitment as text', JSON.stringify({ form: {}, materials: {}, commitment: 'yes' })],
	['an array', '[]'],
	[
		'1,000 levels of nesting in the form',
		`{"form":${'{"a":'.repeat(1000)}1${'}'.repeat(1000)},"materials":{},"commitment":false}`
	],
	['malformed JSON', '{"form": {'],
	['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])]
];

describe('banshi accept with hostile submissions', () => {
	let dir: string;
	beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'banshi-bad-accept-'))));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it.each(cases.map((c, i) => [c[0], c, i] as const))('%s', async (_name, [, text, pointer], i) => {
		const file = join(dir, `submission-${i}.json`);
		writeFileSync(file, text);
		const out: string[] = [];
		const err: string[] = [];
		const t0 = performance.now();
		const code = await main(
			['accept', TEMPLATE, file, '--date', '2026-03-02'],
			{ out: (t) => out.push(t), err: (t) => err.push(t) },
			{ env: { BANSHI_LANG: 'en' } }
		);
		expect(performance.now() - t0).toBeLessThan(10_000);
		const all = [...out, ...err].join('\n');
		expect(all).not.toMatch(/\n\s+at .+:\d+:\d+/);
		expect([1, 2], all.slice(0, 300)).toContain(code);
		if (code === 1 && out.length) {
			const decision = JSON.parse(out.join('\n'));
			expect(decision.decision).toBe('supplement');
			if (pointer)
				expect(decision.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
		} else expect(err.join('').length).toBeGreaterThan(10);
	});
});
