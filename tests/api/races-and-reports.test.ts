// Issue 12, "bad input that still gets a 500": simultaneous creations of one username, a credit code
// already in use, and the CSP report endpoint that let anyone write forged lines into the log.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Api, PASSWORD, expectProblem, tag } from './client';
import { makeWorld, type World } from './world';

const servers = inject('servers');

describe.each(servers)('races and reports ($name)', (server) => {
	let w: World;
	beforeAll(async () => void (w = await makeWorld(server.url)));

	it('seven simultaneous creations of one username: one 201, six 409, one account', async () => {
		const username = `race-${tag()}`;
		const results = await Promise.all(
			Array.from({ length: 7 }, () =>
				w.api.post(
					'/api/v1/admin/users',
					{ username, password: PASSWORD, role: 'reviewer' },
					{ token: w.tokens.admin }
				)
			)
		);
		const statuses = results.map((r) => r.status).sort();
		expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409]);
		for (const r of results.filter((r) => r.status === 409)) expectProblem(r, 409);
		expect((await w.api.login(username, PASSWORD)).length).toBeGreaterThan(20);
	});

	it('a department changed to a credit code already in use: 409, nothing changed', async () => {
		const res = await w.api.request('PATCH', `/api/v1/admin/departments/${w.deptA}`, {
			token: w.tokens.admin,
			body: { creditCode: w.creditB }
		});
		expectProblem(res, 409);
		const list = await w.api.get('/api/v1/admin/departments', { token: w.tokens.admin });
		const departments = (list.body.departments ?? list.body) as {
			code: string;
			creditCode: string;
		}[];
		expect(departments.find((d) => d.code === w.deptA)?.creditCode).toBe(w.creditA);
		// its own credit code again is no conflict
		const same = await w.api.request('PATCH', `/api/v1/admin/departments/${w.deptA}`, {
			token: w.tokens.admin,
			body: { creditCode: w.creditA }
		});
		expect(same.status).toBe(200);
	});

	it('CSP reports: bounded, one sanitized line, limited per client address', async () => {
		const reporter = new Api(server.url);
		const send = (body: string) =>
			fetch(server.url + '/portal/csp-report', {
				method: 'POST',
				headers: { 'content-type': 'application/csp-report', 'x-forwarded-for': reporter.ip },
				body
			});
		// a connection the server closed under an oversize upload may be picked from the pool once
		const post = (body: string) => send(body).catch(() => send(body));
		const forged = JSON.stringify({
			'csp-report': {
				'document-uri': 'https://x/\n2026-12-04 ERROR forged line',
				'violated-directive': 'script-src',
				'blocked-uri': 'inline'
			}
		});
		expect((await post(forged)).status).toBe(204);
		// past the bound the server stops reading: refused, or the connection closed under the upload
		const big = await send('x'.repeat(3 * 1024 * 1024)).then(
			(r) => r.status,
			() => 'closed'
		);
		expect([413, 'closed']).toContain(big);
		const statuses: number[] = [];
		for (let i = 0; i < 12; i++) statuses.push((await post(forged)).status);
		expect(statuses.slice(0, 8).every((s) => s === 204)).toBe(true);
		expect(statuses.slice(-2)).toEqual([429, 429]);
		// another client is not affected
		const other = await fetch(server.url + '/portal/csp-report', {
			method: 'POST',
			headers: { 'content-type': 'application/csp-report', 'x-forwarded-for': '10.250.0.1' },
			body: forged
		});
		expect(other.status).toBe(204);
	});

	it('the portal page answers a search for a NUL character without failing', async () => {
		const res = await fetch(server.url + '/portal?q=%00');
		expect(res.status).toBe(200);
	});
});
