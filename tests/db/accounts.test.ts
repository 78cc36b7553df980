// Accounts on both engines: the password policy (NIST SP 800-63B), usernames unique whatever their
// case (also when created at the same moment), sign-in throttling that neither tells which accounts
// exist nor lets a stranger lock an account out, and counts atomically; set-password ends sessions;
// the demo accounts can be removed before a production start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines';
import { AppError, render } from '../../src/lib/server/errors';
import { toProblem } from '../../src/lib/server/http/problem';
import { appendAudit } from '../../src/lib/server/db/audit';
import { insertDepartment } from '../../src/lib/server/db/departments';
import { listEnabledDemoUsers } from '../../src/lib/server/db/users';
import { migrate } from '../../src/lib/server/db/migrate';
import { openDatabase } from '../../src/lib/server/db/open';
import { migrations } from '../../src/lib/server/migrations';
import { createServices, type Services } from '../../src/lib/server/services';
import { createUser, removeDemoAccounts, setPassword } from '../../src/lib/server/services/users';
import type { LoginPolicy } from '../../src/lib/server/auth/policy';

const list = await engines();
const SYSTEM = { id: null, username: 'test' } as const;
const GOOD = 'paper lantern harbour';
const POLICY: LoginPolicy = {
	maxFailures: 5,
	windowMinutes: 15,
	ipMaxFailures: 30,
	ipWindowMinutes: 15,
	sessionHours: 12,
	refuseDemo: false
};

/** The status and type an API client would get for a promise's outcome. */
async function outcome(p: Promise<unknown>): Promise<string> {
	try {
		await p;
		return 'ok';
	} catch (error) {
		if (error instanceof AppError) return `${toProblem(error, 'en').status} ${error.slug}`;
		throw error;
	}
}

async function passwordMessage(
	db: Parameters<typeof createUser>[0],
	password: string,
	username = `u${Math.random().toString(36).slice(2, 8)}`
): Promise<string | null> {
	try {
		await createUser(db, { username, password, role: 'reviewer' }, SYSTEM);
		return null;
	} catch (error) {
		const e = error as AppError;
		const field = e.errors?.find((f) => f.pointer === '/password');
		if (!field) throw error;
		return `${render(field.message, 'zh-CN')} | ${render(field.message, 'en')}`;
	}
}

describe.each(list)('accounts ($name)', (engine) => {
	let opened: Awaited<ReturnType<typeof engine.open>>;
	let s: Services;

	beforeAll(async () => {
		opened = await engine.open();
		s = createServices(opened.db, { locale: 'en', login: POLICY });
		await insertDepartment(opened.db, { code: 'market', name: '市场监管局', creditCode: null });
	});
	afterAll(async () => opened?.dispose());

	it('refuses short, common, guessable and name-bearing passwords, in both languages', async () => {
		const { db } = opened;
		expect(await passwordMessage(db, '12345678')).toMatch(
			/^密码至少 12 个字符.* \| password must have at least 12 characters/
		);
		expect(await passwordMessage(db, 'banshi-demo')).toMatch(/at least 12/);
		for (const common of ['qwerty123456', '1qaz2wsx3edc', 'Password1234', 'banshi-studio'])
			expect(await passwordMessage(db, common)).toMatch(/常见或容易猜到.*common or easy to guess/);
		expect(await passwordMessage(db, 'zhangwei-secret-2026', 'ZhangWei')).toMatch(
			/不能包含用户名 \| password must not contain the username/
		);
		for (const pattern of ['aaaaaaaaaaaa', 'abcabcabcabc', '345678901234', 'lkjihgfedcba'])
			expect(await passwordMessage(db, pattern)).toMatch(/repeated or sequential/);
		// No composition rules: lower-case words and spaces, or any script, are fine.
		expect(await passwordMessage(db, GOOD)).toBeNull();
		expect(await passwordMessage(db, '春眠不觉晓处处闻啼鸟夜来风雨声')).toBeNull();
	});

	it('keeps usernames unique whatever their case, also when created at the same moment', async () => {
		const { db } = opened;
		await createUser(db, { username: 'Li.Na', password: GOOD, role: 'reviewer' }, SYSTEM);
		expect(
			await outcome(createUser(db, { username: 'li.na', password: GOOD, role: 'reviewer' }, SYSTEM))
		).toBe('409 username-taken');
		const names = ['wang', 'Wang', 'WANG', 'wAng', 'waNg', 'wanG', 'WAng'];
		const results = await Promise.all(
			names.map((username) =>
				outcome(createUser(db, { username, password: GOOD, role: 'reviewer' }, SYSTEM))
			)
		);
		expect(results.filter((r) => r === 'ok')).toHaveLength(1);
		expect(results.filter((r) => r === '409 username-taken')).toHaveLength(names.length - 1);
		// Signing in takes any case.
		const signed = await s.session.signIn({ username: 'LI.NA', password: GOOD, ip: '10.0.0.1' });
		expect(signed.actor.username).toBe('Li.Na');
	});

	it('answers unknown and known usernames alike and slows only the failing client', async () => {
		const { db } = opened;
		await createUser(db, { username: 'known', password: GOOD, role: 'reviewer' }, SYSTEM);
		const tries = async (username: string, ip: string, password = 'wrong password here') => {
			const seen: string[] = [];
			for (let i = 0; i < 6; i++)
				seen.push(await outcome(s.session.signIn({ username, password, ip })));
			return seen;
		};
		const expected = [...Array(5).fill('401 invalid-credentials'), '429 too-many-attempts'];
		expect(await tries('known', '10.1.0.1')).toEqual(expected);
		expect(await tries('nobody-here', '10.1.0.2')).toEqual(expected);
		// The failing client waits, even with the right password; the owner elsewhere does not.
		expect(
			await outcome(s.session.signIn({ username: 'known', password: GOOD, ip: '10.1.0.1' }))
		).toBe('429 too-many-attempts');
		expect(
			await outcome(s.session.signIn({ username: 'known', password: GOOD, ip: '10.1.0.9' }))
		).toBe('ok');
		// The 429 says when to come back.
		const refused = await s.session
			.signIn({ username: 'known', password: GOOD, ip: '10.1.0.1' })
			.catch((e: AppError) => e);
		expect((refused as AppError).retryAfter).toBeGreaterThan(14 * 60);
		expect((refused as AppError).retryAfter).toBeLessThanOrEqual(15 * 60);
	});

	it('checks at most the limit of 25 parallel guesses', async () => {
		const { db } = opened;
		await createUser(db, { username: 'raced', password: GOOD, role: 'reviewer' }, SYSTEM);
		const results = await Promise.all(
			Array.from({ length: 25 }, (_, i) =>
				outcome(
					s.session.signIn({ username: 'raced', password: `guess number ${i}`, ip: '10.2.0.1' })
				)
			)
		);
		expect(results.filter((r) => r === '401 invalid-credentials')).toHaveLength(5);
		expect(results.filter((r) => r === '429 too-many-attempts')).toHaveLength(20);
	});

	it('limits failures per client address across usernames, and forgives a success', async () => {
		// A limit of 3 per address (30 by default) shows the same rule with fewer password hashes.
		const small = createServices(opened.db, {
			locale: 'en',
			login: { ...POLICY, ipMaxFailures: 3 }
		});
		const ip = '10.3.0.1';
		for (let i = 0; i < 3; i++)
			expect(
				await outcome(small.session.signIn({ username: `ghost-${i}`, password: 'x', ip }))
			).toBe('401 invalid-credentials');
		expect(await outcome(small.session.signIn({ username: 'known', password: GOOD, ip }))).toBe(
			'429 too-many-attempts'
		);
		// Successes are not failures: a service centre's staff behind one address sign in all day.
		const office = '10.3.0.2';
		for (let i = 0; i < 5; i++)
			expect(
				await outcome(small.session.signIn({ username: 'known', password: GOOD, ip: office }))
			).toBe('ok');
	});

	it('ends every session of an account when its password is set', async () => {
		const { db } = opened;
		const u = await createUser(
			db,
			{ username: 'reset-me', password: GOOD, role: 'reviewer' },
			SYSTEM
		);
		const a = await s.session.signIn({ username: 'reset-me', password: GOOD, ip: '10.4.0.1' });
		const b = await s.session.signIn({ username: 'reset-me', password: GOOD, ip: '10.4.0.2' });
		expect(await s.session.userOf(a.token)).not.toBeNull();
		expect(await outcome(setPassword(db, u.id, '12345678', SYSTEM))).toBe('422 invalid-user');
		await setPassword(db, u.id, 'a brand new passphrase', SYSTEM);
		expect(await s.session.userOf(a.token)).toBeNull();
		expect(await s.session.userOf(b.token)).toBeNull();
		expect(
			await outcome(s.session.signIn({ username: 'reset-me', password: GOOD, ip: '10.4.0.3' }))
		).toBe('401 invalid-credentials');
		expect(
			await outcome(
				s.session.signIn({
					username: 'reset-me',
					password: 'a brand new passphrase',
					ip: '10.4.0.3'
				})
			)
		).toBe('ok');
	});

	it('removes demo accounts: deleted when unreferenced, else disabled without a password', async () => {
		const { db } = opened;
		const make = (username: string) =>
			createUser(
				db,
				{ username, password: 'banshi-demo', role: 'editor', departments: ['market'], demo: true },
				SYSTEM
			);
		const unused = await make('demo-unused');
		const used = await make('demo-used');
		await appendAudit(db, {
			actorId: used.id,
			actor: used.username,
			action: 'session.create',
			subject: `user:${used.username}`
		});
		const session = await s.session.signIn({
			username: 'demo-used',
			password: 'banshi-demo',
			ip: '10.5.0.1'
		});
		expect((await listEnabledDemoUsers(db)).map((u) => u.username)).toEqual([
			'demo-unused',
			'demo-used'
		]);
		expect(await removeDemoAccounts(db, SYSTEM)).toEqual({
			deleted: ['demo-unused'],
			disabled: ['demo-used']
		});
		expect(await listEnabledDemoUsers(db)).toEqual([]);
		expect(await s.session.userOf(session.token)).toBeNull();
		expect(
			await outcome(
				s.session.signIn({ username: 'demo-used', password: 'banshi-demo', ip: '10.5.0.2' })
			)
		).toBe('401 invalid-credentials');
		expect(unused.id).toBeGreaterThan(0);
		expect(await removeDemoAccounts(db, SYSTEM)).toEqual({ deleted: [], disabled: [] });
	});
});

describe('upgrading a database whose usernames differ only by case', () => {
	it('stops the migration, names them and changes nothing', async () => {
		const opened = await openDatabase({ dataDir: 'memory', migrate: false });
		try {
			const before = migrations.slice(
				0,
				migrations.findIndex((x) => x.name.endsWith('_accounts'))
			);
			await migrate(opened.db, before);
			for (const username of ['Ann', 'ann'])
				await opened.db
					.insertInto('users')
					.values({ username, display_name: username, password_hash: 'x', role: 'reviewer' })
					.execute();
			await expect(migrate(opened.db)).rejects.toThrow(/usernames differ only by case: Ann, ann/);
			const applied = await opened.db
				.selectFrom('banshi_migrations' as never)
				.selectAll()
				.execute();
			expect(applied).toHaveLength(before.length);
		} finally {
			await opened.close();
		}
	});
});
