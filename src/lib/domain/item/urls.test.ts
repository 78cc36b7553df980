import { describe, expect, it } from 'vitest';
import { safeHref } from './urls';

describe('safeHref', () => {
	it('accepts web addresses, and mailto:/tel: for contacts', () => {
		expect(safeHref('https://zwfw.henan.gov.cn/x?a=1#b', 'web')).toBeDefined();
		expect(safeHref('HTTP://example.gov.cn', 'web')).toBeDefined();
		expect(safeHref('mailto:ask@example.gov.cn', 'contact')).toBeDefined();
		expect(safeHref('tel:+86-371-12345', 'contact')).toBeDefined();
		expect(safeHref('mailto:ask@example.gov.cn', 'web')).toBeUndefined();
	});
	it('accepts relative paths for files only', () => {
		for (const p of ['/files/a.docx', './a.docx', '../a.pdf', 'files/a.docx', 'a.pdf'])
			expect(safeHref(p, 'file'), p).toBe(p);
		expect(safeHref('/files/a.docx', 'web')).toBeUndefined();
	});
	it('refuses script, data and disguised schemes everywhere', () => {
		const bad = [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			' javascript:alert(1)',
			'java\tscript:alert(1)',
			'java\nscript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:x',
			'//evil.example/x',
			'https://ok.example/ x',
			''
		];
		for (const kind of ['web', 'contact', 'file'] as const)
			for (const url of bad) expect(safeHref(url, kind), `${kind} ${url}`).toBeUndefined();
	});
});
