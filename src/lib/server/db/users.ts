import type { Kysely } from 'kysely';
import type { Database, Role, UserRow } from './schema';

type Db = Kysely<Database>;

export interface UserView {
	id: number;
	username: string;
	displayName: string;
	role: Role;
	departments: string[];
	disabled: boolean;
	demo: boolean;
	createdAt: string;
}

export interface NewUser {
	username: string;
	displayName?: string;
	passwordHash: string;
	role: Role;
	departments?: string[];
	demo?: boolean;
}

async function departmentsOf(db: Db, ids: number[]): Promise<Map<number, string[]>> {
	const map = new Map<number, string[]>();
	if (ids.length === 0) return map;
	const rows = await db
		.selectFrom('user_departments')
		.select(['user_id', 'department_code'])
		.where('user_id', 'in', ids)
		.orderBy('department_code')
		.execute();
	for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.department_code]);
	return map;
}

function view(row: UserRow, departments: string[]): UserView {
	return {
		id: row.id,
		username: row.username,
		displayName: row.display_name,
		role: row.role,
		departments,
		disabled: row.disabled,
		demo: row.demo,
		createdAt: row.created_at.toISOString()
	};
}

export async function insertUser(db: Db, u: NewUser): Promise<UserView> {
	return db.transaction().execute(async (tx) => {
		const row = await tx
			.insertInto('users')
			.values({
				username: u.username,
				display_name: u.displayName ?? u.username,
				password_hash: u.passwordHash,
				role: u.role,
				demo: u.demo ?? false,
				locked_until: null
			})
			.returningAll()
			.executeTakeFirstOrThrow();
		const departments = [...new Set(u.departments ?? [])].sort();
		if (departments.length > 0) {
			await tx
				.insertInto('user_departments')
				.values(departments.map((d) => ({ user_id: row.id, department_code: d })))
				.execute();
		}
		return view(row, departments);
	});
}

export async function findUserRowByUsername(
	db: Db,
	username: string
): Promise<UserRow | undefined> {
	return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function getUser(db: Db, id: number): Promise<UserView | undefined> {
	const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) return undefined;
	return view(row, (await departmentsOf(db, [row.id])).get(row.id) ?? []);
}

export async function listUsers(db: Db): Promise<UserView[]> {
	const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
	const deps = await departmentsOf(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => view(r, deps.get(r.id) ?? []));
}

export async function setUserDisabled(db: Db, id: number, disabled: boolean): Promise<boolean> {
	const r = await db.updateTable('users').set({ disabled }).where('id', '=', id).executeTakeFirst();
	return r.numUpdatedRows > 0n;
}

export async function setUserPassword(db: Db, id: number, passwordHash: string): Promise<void> {
	await db
		.updateTable('users')
		.set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
		.where('id', '=', id)
		.execute();
}

export async function recordLoginFailure(
	db: Db,
	id: number,
	maxFailures: number,
	lockUntil: Date
): Promise<{ locked: boolean }> {
	const row = await db
		.updateTable('users')
		.set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
		.where('id', '=', id)
		.returning('failed_logins')
		.executeTakeFirstOrThrow();
	if (row.failed_logins >= maxFailures) {
		await db
			.updateTable('users')
			.set({ locked_until: lockUntil, failed_logins: 0 })
			.where('id', '=', id)
			.execute();
		return { locked: true };
	}
	return { locked: false };
}

export async function recordLoginSuccess(db: Db, id: number): Promise<void> {
	await db
		.updateTable('users')
		.set({ failed_logins: 0, locked_until: null })
		.where('id', '=', id)
		.execute();
}

export async function countActiveAdmins(db: Db): Promise<number> {
	const r = await db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('role', '=', 'admin')
		.where('disabled', '=', false)
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

export async function countUsers(db: Db): Promise<number> {
	const r = await db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Whether an enabled administrator exists that is not a demo account. */
export async function hasRealAdmin(db: Db): Promise<boolean> {
	const row = await db
		.selectFrom('users')
		.select('id')
		.where('role', '=', 'admin')
		.where('disabled', '=', false)
		.where('demo', '=', false)
		.executeTakeFirst();
	return row !== undefined;
}

/** Makes an account a real (not demo), enabled administrator. */
export async function makeRealAdmin(db: Db, id: number): Promise<void> {
	await db
		.updateTable('users')
		.set({ demo: false, disabled: false, role: 'admin' })
		.where('id', '=', id)
		.execute();
}
