// Sign-in with throttling, sessions, and who a session token belongs to.
//
// Throttling follows NIST SP 800-63B §5.2.2 (limit failed attempts, but do not let the limit become a
// way to lock a subscriber out) and OWASP's advice not to reveal which accounts exist: the counters
// are keyed by the username as typed together with the client address, and by the client address
// alone, never by the account. An unknown username is counted and answered exactly like a known one,
// and a stranger's failures from elsewhere never stop the account's owner: they slow down only the
// client that fails. The counters are in the database (db/throttle.ts), so several servers share them.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor';
import { verifyAgainstDummy, verifyPassword } from '../auth/password';
import type { LoginPolicy } from '../auth/policy';
import { hashToken, newSessionToken } from '../auth/tokens';
import { appendAudit } from '../db/audit';
import type { Database } from '../db/schema';
import { deleteSession, findSessionUser, insertSession } from '../db/sessions';
import { clearAttempts, purgeStaleAttempts, refundAttempt, takeAttempt } from '../db/throttle';
import { findUserRowByUsername, getUser } from '../db/users';
import { AppError, m, type ErrorMessage } from '../errors';
import type { ServiceContext } from './context';

export interface SignInResult {
	token: string;
	expiresAt: Date;
	actor: Actor;
}

interface ThrottleKeys {
	address: string;
	account: string;
}

/** The username as typed (any case) from one address; hashed, so a key has a fixed length. */
function throttleKeys(username: string, ip: string): ThrottleKeys {
	const account = createHash('sha256').update(`${username.toLowerCase()}\n${ip}`).digest('hex');
	return { address: `a:${ip}`, account: `u:${account}` };
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

const tooManyAttempts = (detail: ErrorMessage, retryAfter: number) =>
	new AppError('too-many-requests', { slug: 'too-many-attempts', detail, retryAfter });

const invalidCredentials = () =>
	new AppError('unauthenticated', {
		slug: 'invalid-credentials',
		detail: m('server.session.invalid')
	});

/** The account as the services see it; undefined for an unknown or disabled one. */
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

export class SessionService {
	constructor(private readonly c: ServiceContext) {}

	private get policy(): LoginPolicy {
		return this.c.login;
	}

	/**
	 * Counts this attempt against the client address and against the username from that address, and
	 * refuses it (429) before any password is checked when either is over its limit.
	 */
	private async takeAttempts(username: string, ip: string): Promise<ThrottleKeys> {
		const { db } = this.c;
		const p = this.policy;
		const keys = throttleKeys(username, ip);
		const address = await takeAttempt(db, keys.address, p.ipWindowMinutes * 60);
		if (address.attempts > p.ipMaxFailures)
			throw tooManyAttempts(
				m('server.session.ipBlocked', { minutes: minutes(address.retryAfter) }),
				address.retryAfter
			);
		const account = await takeAttempt(db, keys.account, p.windowMinutes * 60);
		if (account.attempts > p.maxFailures)
			throw tooManyAttempts(
				m('server.session.slowDown', { minutes: minutes(account.retryAfter) }),
				account.retryAfter
			);
		return keys;
	}

	async signIn(input: { username: string; password: string; ip: string }): Promise<SignInResult> {
		const { db } = this.c;
		const policy = this.policy;
		const keys = await this.takeAttempts(input.username, input.ip);
		const row = await findUserRowByUsername(db, input.username);
		if (!row) {
			await verifyAgainstDummy(input.password);
			throw invalidCredentials();
		}
		if (!(await verifyPassword(row.password_hash, input.password))) throw invalidCredentials();
		// The right password: this client's failures for the account are forgiven, and the attempt is
		// not a failure of the address (a service centre's staff share one address).
		await clearAttempts(db, keys.account);
		await refundAttempt(db, keys.address);
		await purgeStaleAttempts(db, Math.max(policy.windowMinutes, policy.ipWindowMinutes) * 60);
		if (row.disabled)
			throw new AppError('forbidden', {
				slug: 'account-disabled',
				detail: m('server.session.disabled')
			});
		if (row.demo && policy.refuseDemo)
			throw new AppError('forbidden', { slug: 'demo-account', detail: m('server.session.demo') });
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

	/** Who holds a session token; null for none, an expired one or a disabled account. */
	async userOf(token: string): Promise<Actor | null> {
		const userId = await findSessionUser(this.c.db, hashToken(token));
		if (userId === undefined) return null;
		const actor = await actorById(this.c.db, userId);
		// A demo session made before the server switched to production must not keep working.
		if (!actor || (actor.demo && this.policy.refuseDemo)) return null;
		return actor;
	}

	async signOut(token: string | null): Promise<void> {
		if (token) await deleteSession(this.c.db, hashToken(token));
	}
}
