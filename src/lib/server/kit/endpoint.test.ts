// Every API route names its declaration, and the declaration decides what a request may carry: the
// body and query a handler receives are checked against the same schema that types them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { endpoints, type EndpointName } from '../../api/endpoints';
import type { Actor } from '../auth/actor';
import type { Services } from '../services';
import { endpoint } from './endpoint';

const API_DIR = 'src/routes/api/v1';

function routeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? routeFiles(join(dir, e.name))
			: e.name === '+server.ts'
				? [join(dir, e.name)]
				: []
	);
}

/** `items/[code=code]/revisions/[n=id]` → `/items/{code}/revisions/{n}` */
function declaredPath(file: string): string {
	const dir = relative(API_DIR, file).replace(/\/?\+server\.ts$/, '');
	return '/' + dir.replace(/\[(\w+)(=\w+)?\]/g, '{$1}');
}

/** Each handler a route file exports, with the declaration it names. */
function handlers(source: string): { method: string; name: string }[] {
	const found = [
		...source.matchAll(
			/export const (GET|POST|PUT|PATCH|DELETE)\b[^=]*=\s*endpoint\(\s*endpoints\.(\w+)/g
		),
		...source.matchAll(
			/export const (GET|POST|PUT|PATCH|DELETE)\b[^=]*=\s*decisionEndpoint\('(\w+)'\)/g
		)
	];
	return found.map(([, method, name]) => ({ method, name }));
}

describe('API routes and their declarations', () => {
	const files = routeFiles(API_DIR);

	it.each(files)(
		'%s parses its requests with the declaration of its own method and path',
		(file) => {
			const source = readFileSync(file, 'utf8');
			const exported = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)];
			const declared = handlers(source);
			// The OpenAPI document is the one answer without a request to read.
			if (file.endsWith('openapi.json/+server.ts')) return;
			expect(declared.map((d) => d.method)).toEqual(exported.map((e) => e[1]));
			for (const { method, name } of declared) {
				const declaration = endpoints[name as EndpointName];
				expect(declaration, name).toBeDefined();
				expect({ method: declaration.method, path: declaration.path }).toEqual({
					method,
					path: declaredPath(file)
				});
			}
		}
	);

	it('every declared endpoint has a route that names it', () => {
		const named = new Set(
			files.flatMap((f) => handlers(readFileSync(f, 'utf8')).map((h) => h.name))
		);
		named.add('openapi');
		expect(Object.keys(endpoints).filter((n) => !named.has(n))).toEqual([]);
	});
});

const admin = { id: 1, username: 'admin', role: 'admin', departments: [] } as unknown as Actor;

function event(
	method: string,
	url: string,
	body?: unknown,
	user: Actor | null = admin,
	locale: 'zh-CN' | 'en' = 'en'
): RequestEvent {
	const request = new Request('http://localhost' + url, {
		method,
		...(body !== undefined && {
			body: JSON.stringify(body),
			headers: { 'content-type': 'application/json' }
		})
	});
	return {
		request,
		url: new URL(request.url),
		params: {},
		locals: { locale, user, token: null, services: {} as Services }
	} as unknown as RequestEvent;
}

const echo = endpoint(endpoints.createUser, async ({ body }) => Response.json(body));

describe('a declared endpoint', () => {
	it('hands the handler the body its declaration describes', async () => {
		const body = { username: 'wang', password: 'long enough', role: 'reviewer' };
		const res = await echo(event('POST', '/api/v1/admin/users', body));
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual(body);
	});

	it('checks a role against the roles there are, not only that it is text', async () => {
		const res = await echo(
			event('POST', '/api/v1/admin/users', { username: 'wang', password: 'x', role: 'superuser' })
		);
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const problem = await res.json();
		expect(problem.errors).toEqual([expect.objectContaining({ pointer: '/role', code: 'enum' })]);
		expect(problem.errors[0].message).toMatch(
			/^role must be one of editor, reviewer, admin(,| and) inspector$/
		);
	});

	it('refuses unknown fields and names missing ones, in the caller’s language', async () => {
		const res = await echo(
			event('POST', '/api/v1/admin/users', { username: 'wang', rol: 'editor' }, admin, 'zh-CN')
		);
		expect(res.status).toBe(400);
		const { errors } = await res.json();
		expect(errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
			'/password',
			'/rol',
			'/role'
		]);
		expect(errors.map((e: { message: string }) => e.message)).toContain('未知字段 rol');
	});

	it('answers 401 before it reads the request when the endpoint needs a session', async () => {
		const res = await echo(event('POST', '/api/v1/admin/users', { nonsense: true }, null));
		expect(res.status).toBe(401);
	});

	it('checks the query, fills in its defaults and refuses parameters it does not declare', async () => {
		const audit = endpoint(endpoints.audit, async ({ query }) => Response.json(query));
		expect(
			await (await audit(event('GET', '/api/v1/admin/audit?subject=calendar'))).json()
		).toEqual({
			subject: 'calendar',
			limit: 100,
			offset: 0
		});
		expect((await audit(event('GET', '/api/v1/admin/audit?limit=501'))).status).toBe(400);
		expect((await audit(event('GET', '/api/v1/admin/audit?sort=at'))).status).toBe(400);
	});

	it('reads a missing optional body as {} and keeps the tighter sign-in limit', async () => {
		const submit = endpoint(endpoints.submit, async ({ body }) => Response.json(body));
		expect(await (await submit(event('POST', '/api/v1/items/X/submit'))).json()).toEqual({});
		const signIn = endpoint(endpoints.signIn, async () => new Response(null, { status: 204 }));
		const huge = { username: 'x'.repeat(20 * 1024), password: 'y' };
		expect((await signIn(event('POST', '/api/v1/session', huge, null))).status).toBe(413);
	});
});
