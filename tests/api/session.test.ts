// Signing in and out: cookie flags, bearer tokens, per-account lockout, the per-address limit,
// disabled accounts, and demo accounts refused in production.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Api, DEMO_PASSWORD, PASSWORD, expectProblem, tag } from './client';
import { makeWorld, type World } from './world';
import { startServer, type RunningServer } from './servers';

const servers = inject('servers');

describe.each(servers)('sessions ($name)', (server) => {
	let w: World;
	beforeAll(async () => {
		w = await makeWorld(server.url);
	});

	async function newUser(role = 'reviewer'): Promise<{ username: string; id: number }> {
		const username = `s-${tag()}`;
		const r = await w.api.post(
			'/api/v1/admin/users',
			{ username, password: PASSWORD, role },
			{ token: w.tokens.admin }
		);
		return { username, id: r.body.id };
	}

	it('sets an HttpOnly, SameSite=Lax session cookie that works like the bearer token', async () => {
		const { username } = await newUser();
		const res = await w.api.post('/api/v1/session', { username, password: PASSWORD });
		expect(res.status).toBe(201);
		const cookie = res.headers.get('set-cookie')!;
		expect(cookie).toMatch(/^banshi_session=[A-Za-z0-9_-]{43};/);
		expect(cookie).toMatch(/HttpOnly/);
		expect(cookie).toMatch(/SameSite=Lax/);
		expect(cookie).toMatch(/Path=\//);
		expect(cookie).not.toMatch(/Secure/); // plain http here; Secure is set when served over https
		const value = cookie.split(';')[0];
		const viaCookie = await w.api.get('/api/v1/me', { headers: { cookie: value } });
		expect(viaCookie.body.user).toMatchObject({ username, role: 'reviewer' });
		const viaBearer = await w.api.get('/api/v1/me', { token: res.body.token });
		expect(viaBearer.body.user.username).toBe(username);

		const out = await w.api.request('DELETE', '/api/v1/session', { token: res.body.token });
		expect(out.status).toBe(204);
		expectProblem(await w.api.get('/api/v1/me', { token: res.body.token }), 401);
		expectProblem(await w.api.get('/api/v1/me', { headers: { cookie: value } }), 401);
	});

	it('refuses wrong passwords and unknown users alike, in the caller’s language', async () => {
		const { username } = await newUser();
		const wrong = await w.api.post('/api/v1/session', { username, password: 'nope-nope-nope' });
		expectProblem(wrong, 401);
		expect(wrong.body.title).toBe('用户名或密码错误');
		const unknown = await w.api.post(
			'/api/v1/session',
			{ username: `ghost-${tag()}`, password: 'x' },
			{ headers: { 'accept-language': 'en' } }
		);
		expectProblem(unknown, 401);
		expect(unknown.body.title).toBe('Invalid username or password');
		expectProblem(await w.api.post('/api/v1/session', { username }), 400);
		expectProblem(await w.api.get('/api/v1/me', { token: 'not-a-token' }), 401);
	});

	it('locks an account for 15 minutes after 5 failures, even for the right password', async () => {
		const { username } = await newUser();
		const api = new Api(server.url);
		for (let i = 0; i < 5; i++)
			expectProblem(await api.post('/api/v1/session', { username, password: `wrong-${i}` }), 401);
		const locked = await api.post('/api/v1/session', { username, password: PASSWORD });
		expectProblem(locked, 429);
		expect(locked.body.type).toMatch(/account-locked$/);
		const retryAfter = Number(locked.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThan(14 * 60);
		expect(retryAfter).toBeLessThanOrEqual(15 * 60);
		// Other accounts are unaffected.
		const other = await newUser();
		expect(
			(await api.post('/api/v1/session', { username: other.username, password: PASSWORD })).status
		).toBe(201);
	});

	it('limits failed sign-ins per client address', async () => {
		const { username } = await newUser();
		const noisy = new Api(server.url);
		for (let i = 0; i < 30; i++)
			await noisy.post('/api/v1/session', { username: `ghost-${i}-${tag()}`, password: 'x' });
		const blocked = await noisy.post('/api/v1/session', { username, password: PASSWORD });
		expectProblem(blocked, 429);
		expect(blocked.body.type).toMatch(/too-many-attempts$/);
		expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
		const quiet = new Api(server.url);
		expect((await quiet.post('/api/v1/session', { username, password: PASSWORD })).status).toBe(
			201
		);
	});

	it('a disabled account loses its sessions and cannot sign in', async () => {
		const { username, id } = await newUser();
		const token = await w.api.login(username, PASSWORD);
		const off = await w.api.request('PATCH', `/api/v1/admin/users/${id}`, {
			token: w.tokens.admin,
			body: { disabled: true }
		});
		expect(off.body.disabled).toBe(true);
		expectProblem(await w.api.get('/api/v1/me', { token }), 401);
		expectProblem(await w.api.post('/api/v1/session', { username, password: PASSWORD }), 403);
	});
});

describe('production server', () => {
	let prod: RunningServer | null = null;
	beforeAll(async () => {
		prod = await startServer('pglite', {
			NODE_ENV: 'production',
			BANSHI_SEED_DEMO: '1',
			BANSHI_ADMIN_PASSWORD: 'first-admin-password'
		});
	});
	afterAll(async () => prod?.stop());

	it('refuses demo accounts and creates the first admin from BANSHI_ADMIN_PASSWORD', async () => {
		const api = new Api(prod!.url);
		const demo = await api.post('/api/v1/session', { username: 'editor', password: DEMO_PASSWORD });
		expectProblem(demo, 403);
		expect(demo.body.type).toMatch(/demo-account$/);
		expectProblem(
			await api.post('/api/v1/session', { username: 'admin', password: DEMO_PASSWORD }),
			401
		);
		const token = await api.login('admin', 'first-admin-password');
		const me = await api.get('/api/v1/me', { token });
		expect(me.body.user).toMatchObject({ username: 'admin', role: 'admin', demo: false });
		// The demo content is still readable on the portal.
		expect((await api.get('/api/v1/portal/items')).body.total).toBeGreaterThan(0);
	});
});
