// Sign-in with per-account lockout and a per-address limit on failures, sessions, and who a session
// token belongs to. Both counters live in the database so several servers share them.
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor';
import { verifyAgainstDummy, verifyPassword } from '../auth/password';
import type { LoginPolicy } from '../auth/policy';
import { hashToken, newSessionToken } from '../auth/tokens';
import { appendAudit } from '../db/audit';
import { attemptsFrom, recordAddressFailure } from '../db/login-attempts';
import type { Database } from '../db/schema';
import { deleteSession, findSessionUser, insertSession } from '../db/sessions';
import {
	findUserRowByUsername,
	getUser,
	recordLoginFailure,
	recordLoginSuccess
} from '../db/users';
import { AppError, m } from '../errors';
import type { ServiceContext } from './context';

export interface SignInResult {
	token: string;
	expiresAt: Date;
	actor: Actor;
}

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

	/** Seconds until `ip` may try again, 0 when it may now. */
	private async addressBlockedFor(ip: string): Promise<number> {
		const row = await attemptsFrom(this.c.db, ip);
		if (!row || row.attempts < this.policy.ipMaxFailures) return 0;
		const until = row.windowStart.getTime() + this.policy.ipWindowMinutes * 60_000;
		return Math.max(0, Math.ceil((until - Date.now()) / 1000));
	}

	private recordAddressFailure(ip: string): Promise<void> {
		const windowStart = new Date(Date.now() - this.policy.ipWindowMinutes * 60_000);
		return recordAddressFailure(this.c.db, ip, windowStart);
	}

	async signIn(input: { username: string; password: string; ip: string }): Promise<SignInResult> {
		const { db } = this.c;
		const policy = this.policy;
		const blocked = await this.addressBlockedFor(input.ip);
		if (blocked > 0)
			throw new AppError('too-many-requests', {
				slug: 'too-many-attempts',
				detail: m('server.session.ipBlocked', { minutes: Math.ceil(blocked / 60) }),
				retryAfter: blocked
			});
		const row = await findUserRowByUsername(db, input.username);
		if (!row) {
			await verifyAgainstDummy(input.password);
			await this.recordAddressFailure(input.ip);
			throw invalidCredentials();
		}
		if (row.locked_until && row.locked_until.getTime() > Date.now()) {
			const seconds = Math.ceil((row.locked_until.getTime() - Date.now()) / 1000);
			await this.recordAddressFailure(input.ip);
			throw new AppError('too-many-requests', {
				slug: 'account-locked',
				detail: m('server.session.locked', { minutes: Math.ceil(seconds / 60) }),
				retryAfter: seconds
			});
		}
		if (!(await verifyPassword(row.password_hash, input.password))) {
			const { locked } = await recordLoginFailure(
				db,
				row.id,
				policy.maxFailures,
				new Date(Date.now() + policy.lockMinutes * 60_000)
			);
			await this.recordAddressFailure(input.ip);
			if (locked)
				await appendAudit(db, {
					actorId: null,
					actor: input.ip,
					action: 'account.locked',
					subject: `user:${row.username}`
				});
			throw invalidCredentials();
		}
		if (row.disabled)
			throw new AppError('forbidden', {
				slug: 'account-disabled',
				detail: m('server.session.disabled')
			});
		if (row.demo && policy.refuseDemo)
			throw new AppError('forbidden', { slug: 'demo-account', detail: m('server.session.demo') });
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
