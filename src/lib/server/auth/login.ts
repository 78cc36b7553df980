// Sign-in with per-account lockout and a per-address limit on failures. Both counters live in the
// database so several servers behind a load balancer share them.
import { sql, type Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import { problem } from '../http/problem';
import { appendAudit } from '../db/audit';
import type { Database } from '../db/schema';
import { deleteSession, findSessionUser, insertSession } from '../db/sessions';
import {
	findUserRowByUsername,
	getUser,
	recordLoginFailure,
	recordLoginSuccess
} from '../db/users';
import type { Actor } from './actor';
import { verifyAgainstDummy, verifyPassword } from './password';
import { hashToken, newSessionToken } from './tokens';

export interface LoginPolicy {
	maxFailures: number;
	lockMinutes: number;
	ipMaxFailures: number;
	ipWindowMinutes: number;
	sessionHours: number;
	/** demo accounts cannot sign in (NODE_ENV=production) */
	refuseDemo: boolean;
}

export function loginPolicyFromEnv(
	env: Record<string, string | undefined> = process.env
): LoginPolicy {
	const num = (v: string | undefined, d: number) => (v && Number(v) > 0 ? Number(v) : d);
	return {
		maxFailures: num(env.BANSHI_LOGIN_MAX_FAILURES, 5),
		lockMinutes: num(env.BANSHI_LOGIN_LOCK_MINUTES, 15),
		ipMaxFailures: num(env.BANSHI_LOGIN_IP_MAX_FAILURES, 30),
		ipWindowMinutes: num(env.BANSHI_LOGIN_IP_WINDOW_MINUTES, 15),
		sessionHours: num(env.BANSHI_SESSION_HOURS, 12),
		refuseDemo: env.NODE_ENV === 'production'
	};
}

export interface LoginResult {
	token: string;
	expiresAt: Date;
	actor: Actor;
}

const invalid = (locale: Locale) =>
	problem(
		locale,
		401,
		'invalid-credentials',
		['用户名或密码错误', 'Invalid username or password'],
		{
			detail: ['请检查用户名和密码后重试。', 'Check the username and password and try again.']
		}
	);

async function ipBlockedFor(db: Kysely<Database>, ip: string, p: LoginPolicy): Promise<number> {
	const row = await db
		.selectFrom('login_attempts')
		.selectAll()
		.where('ip', '=', ip)
		.executeTakeFirst();
	if (!row || row.attempts < p.ipMaxFailures) return 0;
	const until = row.window_start.getTime() + p.ipWindowMinutes * 60_000;
	return Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

async function recordIpFailure(db: Kysely<Database>, ip: string, p: LoginPolicy): Promise<void> {
	const windowStart = new Date(Date.now() - p.ipWindowMinutes * 60_000);
	await sql`insert into login_attempts (ip, window_start, attempts) values (${ip}, now(), 1)
		on conflict (ip) do update set
			attempts = case when login_attempts.window_start < ${windowStart} then 1 else login_attempts.attempts + 1 end,
			window_start = case when login_attempts.window_start < ${windowStart} then now() else login_attempts.window_start end`.execute(
		db
	);
}

export async function login(
	db: Kysely<Database>,
	input: { username: string; password: string; ip: string; locale: Locale },
	policy: LoginPolicy
): Promise<LoginResult> {
	const { locale } = input;
	const blocked = await ipBlockedFor(db, input.ip, policy);
	if (blocked > 0) {
		throw problem(locale, 429, 'too-many-attempts', ['登录尝试过多', 'Too many sign-in attempts'], {
			detail: [
				`此地址登录失败次数过多，请 ${Math.ceil(blocked / 60)} 分钟后再试。`,
				`Too many failed sign-ins from this address; try again in ${Math.ceil(blocked / 60)} minutes.`
			],
			headers: { 'retry-after': String(blocked) }
		});
	}
	const row = await findUserRowByUsername(db, input.username);
	if (!row) {
		await verifyAgainstDummy(input.password);
		await recordIpFailure(db, input.ip, policy);
		throw invalid(locale);
	}
	if (row.locked_until && row.locked_until.getTime() > Date.now()) {
		const seconds = Math.ceil((row.locked_until.getTime() - Date.now()) / 1000);
		await recordIpFailure(db, input.ip, policy);
		throw problem(locale, 429, 'account-locked', ['账号已临时锁定', 'Account temporarily locked'], {
			detail: [
				`连续登录失败次数过多，账号已锁定，请 ${Math.ceil(seconds / 60)} 分钟后再试。`,
				`Too many failed sign-ins; the account is locked for ${Math.ceil(seconds / 60)} more minutes.`
			],
			headers: { 'retry-after': String(seconds) }
		});
	}
	if (!(await verifyPassword(row.password_hash, input.password))) {
		const { locked } = await recordLoginFailure(
			db,
			row.id,
			policy.maxFailures,
			new Date(Date.now() + policy.lockMinutes * 60_000)
		);
		await recordIpFailure(db, input.ip, policy);
		if (locked) {
			await appendAudit(db, {
				actorId: null,
				actor: input.ip,
				action: 'account.locked',
				subject: `user:${row.username}`
			});
		}
		throw invalid(locale);
	}
	if (row.disabled) {
		throw problem(locale, 403, 'account-disabled', ['账号已停用', 'Account disabled'], {
			detail: ['请联系管理员。', 'Contact an administrator.']
		});
	}
	if (row.demo && policy.refuseDemo) {
		throw problem(locale, 403, 'demo-account', ['演示账号不可用', 'Demo accounts are disabled'], {
			detail: ['生产环境中不能使用演示账号登录。', 'Demo accounts cannot sign in in production.']
		});
	}
	await recordLoginSuccess(db, row.id);
	const { token, hash } = newSessionToken();
	const expiresAt = new Date(Date.now() + policy.sessionHours * 3600_000);
	await insertSession(db, hash, row.id, expiresAt);
	await appendAudit(db, {
		actorId: row.id,
		actor: row.username,
		action: 'session.create',
		subject: `user:${row.username}`
	});
	const actor = (await actorById(db, row.id))!;
	return { token, expiresAt, actor };
}

export async function actorById(db: Kysely<Database>, id: number): Promise<Actor | undefined> {
	const u = await getUser(db, id);
	if (!u || u.disabled) return undefined;
	return {
		id: u.id,
		username: u.username,
		displayName: u.displayName,
		role: u.role,
		departments: u.departments,
		demo: u.demo
	};
}

export async function actorFromToken(
	db: Kysely<Database>,
	token: string,
	policy: LoginPolicy
): Promise<Actor | undefined> {
	const userId = await findSessionUser(db, hashToken(token));
	if (userId === undefined) return undefined;
	const actor = await actorById(db, userId);
	// A demo session made before the server switched to production must not keep working.
	if (actor?.demo && policy.refuseDemo) return undefined;
	return actor;
}

export async function logout(db: Kysely<Database>, token: string): Promise<void> {
	await deleteSession(db, hashToken(token));
}
