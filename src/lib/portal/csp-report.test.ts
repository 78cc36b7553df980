import { describe, expect, it } from 'vitest';
import {
	MAX_REPORT_BYTES,
	REPORTS_PER_WINDOW,
	ReportLimiter,
	WINDOW_MS,
	readBounded,
	reportLine
} from './csp-report';

const report = (fields: Record<string, unknown>) => JSON.stringify({ 'csp-report': fields });

describe('CSP reports', () => {
	it('become one log line without control characters, each field bounded', () => {
		const line = reportLine(
			report({
				'document-uri': 'https://portal.example/portal\nERROR admin password changed',
				'violated-directive': 'script-src\r\u2028x',
				'blocked-uri': 'x'.repeat(5000)
			})
		)!;
		expect(line).not.toMatch(/[\r\n\u2028]/);
		expect(line).toContain('portal ERROR admin');
		expect(line.length).toBeLessThan(700);
	});

	it('ignore what is not a report', () => {
		expect(reportLine('not json')).toBeNull();
		expect(reportLine('{"csp-report": 5}')).toBeNull();
		expect(reportLine('null')).toBeNull();
	});

	it('are read up to a bound, never whole', async () => {
		const big = new Request('http://x/', { method: 'POST', body: 'a'.repeat(5 * 1024 * 1024) });
		expect((await readBounded(big)).length).toBe(MAX_REPORT_BYTES);
	});

	it('are limited per client address and window', () => {
		const l = new ReportLimiter();
		for (let i = 0; i < REPORTS_PER_WINDOW; i++) expect(l.allow('10.0.0.1', 0)).toBe(true);
		expect(l.allow('10.0.0.1', 1)).toBe(false);
		expect(l.allow('10.0.0.2', 1)).toBe(true);
		expect(l.allow('10.0.0.1', WINDOW_MS)).toBe(true);
	});
});
