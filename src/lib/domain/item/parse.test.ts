import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineColumn, parseItemJson } from './parse';
import { sampleItem } from '../../../../tests/fixtures/sample-item';

describe('parseItemJson', () => {
	it('parses a valid item file', () => {
		const r = parseItemJson(JSON.stringify(sampleItem(), null, 2));
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.value).toEqual(sampleItem());
	});

	it('accepts a leading byte order mark', () => {
		const r = parseItemJson('\uFEFF{"a": 1}');
		expect(r).toEqual({ ok: true, value: { a: 1 } });
	});

	it('names the line and column where a truncated file ends', () => {
		const text = JSON.stringify(sampleItem(), null, 2);
		const cut = text.slice(0, text.indexOf('"materials"') + 20);
		const r = parseItemJson(cut);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const lines = cut.split('\n');
		expect(r.problem.line).toBe(lines.length);
		expect(r.problem.column).toBe(lines[lines.length - 1].length + 1);
		expect(r.problem.message).toContain(`第 ${lines.length} 行`);
		expect(r.problem.message).toContain('截断');
	});

	it('points at an unexpected character', () => {
		const r = parseItemJson('{\n  "name": "食品经营许可",\n  "kind": licensing\n}');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect([r.problem.line, r.problem.column]).toEqual([3, 11]);
		expect(r.problem.message).toContain('“l”');
	});

	it('points at a trailing comma', () => {
		const r = parseItemJson('{"a": [1, 2,]}', 'en');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect([r.problem.line, r.problem.column]).toEqual([1, 13]);
		expect(r.problem.message).toContain('line 1, column 13');
	});

	it('points at a line break inside a string and counts CRLF as one line end', () => {
		const r = parseItemJson('{\r\n"a": "x\ny"}');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect([r.problem.line, r.problem.column]).toEqual([2, 8]);
	});

	it('refuses empty input and whitespace', () => {
		for (const t of ['', '  \n ']) {
			const r = parseItemJson(t);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.problem.message).toContain('文件为空');
		}
	});

	it('refuses content after the document', () => {
		const r = parseItemJson('{"a":1}\n{"b":2}');
		expect(r.ok).toBe(false);
		if (!r.ok) expect([r.problem.line, r.problem.column]).toEqual([2, 1]);
	});

	it('agrees with JSON.parse on every truncation of an item file', () => {
		const text = JSON.stringify(sampleItem(), null, 1).slice(0, 3000);
		for (let n = 1; n < text.length; n += 7) {
			const prefix = text.slice(0, n);
			let parses = true;
			try {
				JSON.parse(prefix);
			} catch {
				parses = false;
			}
			expect(findJsonSyntaxError(prefix) === undefined).toBe(parses);
		}
	});

	it('agrees with JSON.parse on tricky literals', () => {
		const cases = [
			'1',
			'-0',
			'01',
			'1.',
			'1e',
			'-',
			'tru',
			'nul',
			'"\\u12"',
			'"\\x"',
			'[1 2]',
			'{"a" 1}',
			'{,}',
			'[]',
			'{}',
			'"é😀"',
			'1e+5',
			'[-]'
		];
		for (const c of cases) {
			let parses = true;
			try {
				JSON.parse(c);
			} catch {
				parses = false;
			}
			expect(findJsonSyntaxError(c) === undefined, c).toBe(parses);
		}
	});

	it('never throws on deep or odd input', () => {
		const deep = '['.repeat(200_000);
		const r = parseItemJson(deep);
		expect(r.ok).toBe(false);
		expect(() => parseItemJson(undefined as unknown as string)).not.toThrow();
	});
});

describe('lineColumn', () => {
	it('counts characters outside the basic plane once', () => {
		expect(lineColumn('😀x', 2)).toEqual({ line: 1, column: 2 });
		expect(lineColumn('a\nb', 2)).toEqual({ line: 2, column: 1 });
	});
});
