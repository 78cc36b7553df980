// Signing in and out: cookie flags, bearer tokens, throttling per username and client and per
// client address (without telling which accounts exist, without locking the owner out), the
// password policy, usernames unique in any case, disabled accounts, and demo accounts in production.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Api, DEMO_PASSWORD, PASSWORD, expectProblem, tag } from './client';
import { makeWorld, type World } from './world';
import { refusedStart, startServer, type RunningServer } from './servers';

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

	it('slows down a client that fails 5 times for a username, known or not, and no one else', async () => {
		const { username } = await newUser();
		const guesser = new Api(server.url);
		const six = async (name: string) => {
			const statuses: number[] = [];
			for (let i = 0; i < 6; i++)
				statuses.push(
					(await guesser.post('/api/v1/session', { username: name, password: `wrong-${i}` })).status
				);
			return statuses;
		};
		// Unknown and known usernames get the same answers: nothing tells which exist.
		expect(await six(username)).toEqual([401, 401, 401, 401, 401, 429]);
		expect(await six(`ghost-${tag()}`)).toEqual([401, 401, 401, 401, 401, 429]);
		const slowed = await guesser.post('/api/v1/session', { username, password: PASSWORD });
		expectProblem(slowed, 429);
		expect(slowed.body.type).toMatch(/too-many-attempts$/);
		const retryAfter = Number(slowed.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThan(14 * 60);
		expect(retryAfter).toBeLessThanOrEqual(15 * 60);
		// The owner, from their own client, is not locked out by a stranger's guesses.
		expect(
			(await new Api(server.url).post('/api/v1/session', { username, password: PASSWORD })).status
		).toBe(201);
	});

	it('checks at most 5 of 25 parallel guesses', async () => {
		const { username } = await newUser();
		const guesser = new Api(server.url);
		const statuses = await Promise.all(
			Array.from(
				{ length: 25 },
				async (_, i) =>
					(await guesser.post('/api/v1/session', { username, password: `parallel-${i}` })).status
			)
		);
		expect(statuses.filter((x) => x === 401)).toHaveLength(5);
		expect(statuses.filter((x) => x === 429)).toHaveLength(20);
	});

	it('refuses weak passwords with the reason, and a username taken in another case', async () => {
		const create = (username: string, password: string, lang = 'zh-CN') =>
			w.api.post(
				'/api/v1/admin/users',
				{ username, password, role: 'reviewer' },
				{ token: w.tokens.admin, headers: { 'accept-language': lang } }
			);
		const short = await create(`p-${tag()}`, '12345678', 'en');
		expectProblem(short, 422);
		expect(short.body.errors).toEqual([
			expect.objectContaining({
				pointer: '/password',
				message: expect.stringMatching(/at least 12 characters/)
			})
		]);
		const common = await create(`p-${tag()}`, 'qwerty123456');
		expectProblem(common, 422);
		expect(common.body.errors[0].message).toBe('这是常见或容易猜到的密码，请换一个');
		const name = `Case-${tag()}`;
		expect((await create(name, PASSWORD)).status).toBe(201);
		const again = await create(name.toLowerCase(), PASSWORD);
		expectProblem(again, 409);
		expect(again.body.type).toMatch(/username-taken$/);
	});

	it('answers 409, not 500, to the same new username created 7 times at once', async () => {
		const username = `twin-${tag()}`;
		const statuses = await Promise.all(
			Array.from({ length: 7 }, async (_, i) => {
				const name = i % 2 ? username.toUpperCase() : username;
				const r = await w.api.post(
					'/api/v1/admin/users',
					{ username: name, password: PASSWORD, role: 'reviewer' },
					{ token: w.tokens.admin }
				);
				return r.status;
			})
		);
		expect(statuses.filter((x) => x === 201)).toHaveLength(1);
		expect(statuses.filter((x) => x === 409)).toHaveLength(6);
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

describe('production start', () => {
	const dir = mkdtempSync(join(tmpdir(), 'banshi-prod-'));
	const production = { NODE_ENV: 'production', BANSHI_SEED_DEMO: '' };
	const admin = (...args: string[]) =>
		spawnSync(process.execPath, ['scripts/admin.js', ...args], {
			env: { ...process.env, BANSHI_DATA_DIR: dir, DATABASE_URL: '', NODE_ENV: 'production' },
			encoding: 'utf8'
		});
	let prod: RunningServer | null = null;
	afterAll(async () => {
		await prod?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('has no demo content, creates the first admin, and refuses to run beside demo accounts', async () => {
		prod = await startServer(
			'pglite',
			{ ...production, BANSHI_ADMIN_PASSWORD: 'first operator passphrase' },
			{ dir }
		);
		let api = new Api(prod!.url);
		expect((await api.get('/api/v1/portal/items')).body.total).toBe(0);
		expectProblem(
			await api.post('/api/v1/session', { username: 'editor', password: DEMO_PASSWORD }),
			401
		);
		const me = await api.get('/api/v1/me', {
			token: await api.login('admin', 'first operator passphrase')
		});
		expect(me.body.user).toMatchObject({ username: 'admin', role: 'admin', demo: false });
		await prod!.stop();
		prod = null;

		// Demo content asked for in production is refused outright.
		const asked = await refusedStart({ dir }, { NODE_ENV: 'production', BANSHI_SEED_DEMO: '1' });
		expect(asked.code).toBe(1);
		expect(asked.output).toMatch(/does not load demo content/);

		// A database that got demo accounts (a trial, or seed-demo) blocks a production start…
		const seeded = admin('seed-demo');
		expect(seeded.status, seeded.stderr).toBe(0);
		const refused = await refusedStart({ dir }, production);
		expect(refused.code).toBe(1);
		expect(refused.output).toMatch(/演示账号/);
		expect(refused.output).toMatch(/editor, editor2, reviewer/);
		expect(refused.output).toMatch(/npm run admin -- remove-demo-accounts/);
		expect(refused.output).not.toMatch(/\n\s+at /); // a message, not a stack trace

		// …until they are removed.
		const removed = admin('remove-demo-accounts');
		expect(removed.status, removed.stderr).toBe(0);
		expect(removed.stdout).toMatch(/editor/);
		prod = await startServer('pglite', production, { dir });
		api = new Api(prod!.url);
		for (const username of ['editor', 'editor2', 'reviewer'])
			expectProblem(await api.post('/api/v1/session', { username, password: DEMO_PASSWORD }), 401);
		expect((await api.login('admin', 'first operator passphrase')).length).toBeGreaterThan(0);
	}, 240_000); // three server starts and the demo seed
});
