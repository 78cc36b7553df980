// Accounts: creation (admin API, command line, first start, demo seed), listing, disabling, setting a
// password and removing the demo accounts.
import { ROLES, type Role } from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/authorize';
import { hashPassword } from '../auth/password';
import { passwordProblem } from '../auth/password-policy';
import { appendAudit } from '../db/audit';
import { getDepartment } from '../db/departments';
import { isUniqueViolation } from '../db/errors';
import { deleteSessionsOfUser } from '../db/sessions';
import {
	countActiveAdmins,
	findUserRowByUsername,
	getUser,
	insertUser,
	deleteUnreferencedUser,
	listEnabledDemoUsers,
	listUsers,
	retireUser,
	setUserDisabled,
	setUserPassword,
	type UserView
} from '../db/users';
import { conflict, invalid, m, notFound, type FieldError } from '../errors';
import type { ServiceContext } from './context';

const USERNAME = /^[A-Za-z0-9_.-]{2,64}$/;

export interface CreateUserInput {
	username: string;
	password: string;
	role: Role;
	departments?: string[];
	displayName?: string;
	demo?: boolean;
}

/** Who did it, for the audit log; the command line and first start act as "system". */
export type By = Pick<Actor, 'id' | 'username'> | { id: null; username: string };

type Db = ServiceContext['db'];

/** A new account, by an administrator, the command line, first start or the demo seed. */
export async function createUser(db: Db, input: CreateUserInput, by: By): Promise<UserView> {
	const errors: FieldError[] = [];
	if (!USERNAME.test(input.username))
		errors.push({ pointer: '/username', message: m('server.user.badUsername') });
	// Demo accounts keep the printed demo password; they cannot sign in in production.
	const weak = input.demo ? null : passwordProblem(String(input.password), input.username);
	if (weak) errors.push({ pointer: '/password', message: weak });
	if (!(ROLES as readonly string[]).includes(input.role))
		errors.push({ pointer: '/role', message: m('server.user.badRole', { roles: ROLES }) });
	const departments = [...new Set(input.departments ?? [])];
	if (input.role === 'editor' && departments.length === 0)
		errors.push({ pointer: '/departments', message: m('server.user.editorNeedsDepartment') });
	for (const [i, code] of departments.entries()) {
		if (!(await getDepartment(db, code)))
			errors.push({
				pointer: `/departments/${i}`,
				message: m('server.user.unknownDepartment', { code })
			});
	}
	if (errors.length) throw invalid('invalid-user', { errors, detail: m('server.user.fixFields') });
	const taken = () =>
		conflict('username-taken', m('server.user.taken', { username: input.username }));
	if (await findUserRowByUsername(db, input.username)) throw taken();
	const passwordHash = await hashPassword(input.password);
	// Two requests for the same name (in any case) at once: the unique index on lower(username)
	// lets one in; the other is told the name is taken, as if it had come second.
	const user = await insertUser(db, {
		username: input.username,
		displayName: input.displayName,
		passwordHash,
		role: input.role,
		departments,
		demo: input.demo
	}).catch((error: unknown) => {
		throw isUniqueViolation(error) ? taken() : error;
	});
	await appendAudit(db, {
		actorId: by.id,
		actor: by.username,
		action: 'user.create',
		subject: `user:${user.username}`,
		detail: { role: user.role, departments: user.departments, demo: user.demo }
	});
	return user;
}

/** Disables (and signs out) or enables an account; the last administrator stays. */
export async function disableUser(
	db: Db,
	id: number,
	disabled: boolean,
	by: By
): Promise<UserView> {
	const user = await getUser(db, id);
	if (!user) throw notFound(m('server.user.notFound', { id }));
	if (disabled && user.role === 'admin' && !user.disabled && (await countActiveAdmins(db)) <= 1)
		throw conflict('last-admin', m('server.user.lastAdmin'));
	await setUserDisabled(db, id, disabled);
	if (disabled) await deleteSessionsOfUser(db, id);
	await appendAudit(db, {
		actorId: by.id,
		actor: by.username,
		action: disabled ? 'user.disable' : 'user.enable',
		subject: `user:${user.username}`
	});
	return (await getUser(db, id))!;
}

/**
 * A new password for an account (command line, first start): checked like a new account's, and every
 * session of the account ends, so whoever knew the old password is signed out everywhere.
 */
export async function setPassword(db: Db, id: number, password: string, by: By): Promise<void> {
	const user = await getUser(db, id);
	if (!user) throw notFound(m('server.user.notFound', { id }));
	const weak = passwordProblem(password, user.username);
	if (weak)
		throw invalid('invalid-user', {
			errors: [{ pointer: '/password', message: weak }],
			detail: m('server.user.fixFields')
		});
	await setUserPassword(db, id, await hashPassword(password));
	await deleteSessionsOfUser(db, id);
	await appendAudit(db, {
		actorId: by.id,
		actor: by.username,
		action: 'user.set-password',
		subject: `user:${user.username}`
	});
}

export interface DemoRemoval {
	/** accounts deleted outright: nothing refers to them */
	deleted: string[];
	/** accounts that authored, reviewed or signed in (the records keep their names): disabled, with
	 * no usable password and no sessions */
	disabled: string[];
}

/**
 * Removes every demo account before a production start (scripts/admin.js remove-demo-accounts).
 * An account the records refer to (revisions, reviews, published versions, the audit log — all kept
 * for good) cannot be deleted; it is disabled and its password made unusable instead, which is what
 * a production start checks.
 */
export async function removeDemoAccounts(db: Db, by: By): Promise<DemoRemoval> {
	const result: DemoRemoval = { deleted: [], disabled: [] };
	for (const user of await listEnabledDemoUsers(db)) {
		await db.transaction().execute(async (tx) => {
			if (await deleteUnreferencedUser(tx, user.id)) result.deleted.push(user.username);
			else {
				await retireUser(tx, user.id);
				result.disabled.push(user.username);
			}
			await deleteSessionsOfUser(tx, user.id);
			await appendAudit(tx, {
				actorId: by.id,
				actor: by.username,
				action: 'user.remove-demo',
				subject: `user:${user.username}`
			});
		});
	}
	return result;
}

export class UserService {
	constructor(private readonly c: ServiceContext) {}

	async list(actor: Actor | null): Promise<UserView[]> {
		authorize(actor, 'manage-users');
		return listUsers(this.c.db);
	}

	async create(actor: Actor | null, input: CreateUserInput): Promise<UserView> {
		return createUser(this.c.db, input, authorize(actor, 'manage-users'));
	}

	/** Changes what is asked (only `disabled` for now) and answers the account as it is then. */
	async update(actor: Actor | null, id: number, patch: { disabled?: boolean }): Promise<UserView> {
		const user = authorize(actor, 'manage-users');
		if (patch.disabled !== undefined) return disableUser(this.c.db, id, patch.disabled, user);
		const found = await getUser(this.c.db, id);
		if (!found) throw notFound(m('server.user.notFound', { id }));
		return found;
	}
}
