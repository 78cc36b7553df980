// Accounts: creation (admin API, CLI, first start, demo seed), listing and disabling.
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import { msg } from '../../domain/i18n';
import { appendAudit } from '../db/audit';
import { getDepartment } from '../db/departments';
import type { Database, Role } from '../db/schema';
import { deleteSessionsOfUser } from '../db/sessions';
import {
	countActiveAdmins,
	findUserRowByUsername,
	getUser,
	insertUser,
	setUserDisabled,
	type UserView
} from '../db/users';
import { MIN_PASSWORD_LENGTH, hashPassword } from '../auth/password';
import type { Actor } from '../auth/actor';
import { conflict, notFound, problem, type ProblemError } from '../http/problem';

export const ROLES: Role[] = ['editor', 'reviewer', 'admin'];
const USERNAME = /^[A-Za-z0-9_.-]{2,64}$/;

export interface CreateUserInput {
	username: string;
	password: string;
	role: Role;
	departments?: string[];
	displayName?: string;
	demo?: boolean;
}

/** Who did it, for the audit log; the CLI and first start act as "system". */
export type By = Pick<Actor, 'id' | 'username'> | { id: null; username: string };

export async function createUser(
	db: Kysely<Database>,
	input: CreateUserInput,
	by: By,
	locale: Locale = 'zh-CN'
): Promise<UserView> {
	const errors: ProblemError[] = [];
	if (!USERNAME.test(input.username))
		errors.push({
			pointer: '/username',
			message: msg(
				locale,
				'用户名须为 2–64 位字母、数字、点、下划线或连字符',
				'username must be 2–64 letters, digits, dots, underscores or hyphens'
			)
		});
	if (typeof input.password !== 'string' || [...input.password].length < MIN_PASSWORD_LENGTH)
		errors.push({
			pointer: '/password',
			message: msg(
				locale,
				`密码至少 ${MIN_PASSWORD_LENGTH} 个字符`,
				`password must have at least ${MIN_PASSWORD_LENGTH} characters`
			)
		});
	if (!ROLES.includes(input.role))
		errors.push({
			pointer: '/role',
			message: msg(
				locale,
				'角色须为 editor、reviewer 或 admin',
				'role must be editor, reviewer or admin'
			)
		});
	const departments = [...new Set(input.departments ?? [])];
	if (input.role === 'editor' && departments.length === 0)
		errors.push({
			pointer: '/departments',
			message: msg(locale, '部门编辑至少属于一个部门', 'an editor needs at least one department')
		});
	for (const [i, code] of departments.entries()) {
		if (!(await getDepartment(db, code)))
			errors.push({
				pointer: `/departments/${i}`,
				message: msg(locale, `部门 ${code} 不存在`, `department ${code} does not exist`)
			});
	}
	if (errors.length)
		throw problem(locale, 422, 'invalid-user', ['账号信息有误', 'Invalid account data'], {
			errors,
			detail: ['请按提示修改后重试。', 'Fix the listed fields and try again.']
		});
	if (await findUserRowByUsername(db, input.username))
		throw conflict(locale, 'username-taken', [
			`用户名 ${input.username} 已存在。`,
			`The username ${input.username} is taken.`
		]);
	const user = await insertUser(db, {
		username: input.username,
		displayName: input.displayName,
		passwordHash: await hashPassword(input.password),
		role: input.role,
		departments: input.role === 'editor' ? departments : departments,
		demo: input.demo
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

export async function disableUser(
	db: Kysely<Database>,
	id: number,
	disabled: boolean,
	by: By,
	locale: Locale
): Promise<UserView> {
	const user = await getUser(db, id);
	if (!user) throw notFound(locale, [`用户 ${id} 不存在。`, `User ${id} does not exist.`]);
	if (disabled && user.role === 'admin' && !user.disabled && (await countActiveAdmins(db)) <= 1)
		throw conflict(locale, 'last-admin', [
			'不能停用最后一个管理员。',
			'The last administrator cannot be disabled.'
		]);
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
