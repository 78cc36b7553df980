import { sql, type Kysely, type Transaction } from 'kysely';
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
				demo: u.demo ?? false
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
	// Usernames are unique whatever their case (007_accounts); signing in as "Editor" is "editor".
	return db
		.selectFrom('users')
		.selectAll()
		.where(sql<string>`lower(username)`, '=', username.toLowerCase())
		.executeTakeFirst();
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
	await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
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

/** Demo accounts that can still sign in: a production start refuses to run while one exists. */
export async function listEnabledDemoUsers(
	db: Db | Transaction<Database>
): Promise<{ id: number; username: string }[]> {
	return db
		.selectFrom('users')
		.select(['id', 'username'])
		.where('demo', '=', true)
		.where('disabled', '=', false)
		.orderBy('username')
		.execute();
}

/** Deletes an account nothing refers to; false (and nothing changed) when records name it. */
export async function deleteUnreferencedUser(
	tx: Transaction<Database>,
	id: number
): Promise<boolean> {
	await sql`savepoint delete_user`.execute(tx);
	try {
		await tx.deleteFrom('users').where('id', '=', id).execute();
		await sql`release savepoint delete_user`.execute(tx);
		return true;
	} catch (error) {
		// foreign_key_violation: a revision, review, version or audit entry refers to the account
		if ((error as { code?: string }).code !== '23503') throw error;
		await sql`rollback to savepoint delete_user`.execute(tx);
		return false;
	}
}

/** Disables an account for good: no usable password (no argon2 hash matches '!'). */
export async function retireUser(tx: Transaction<Database>, id: number): Promise<void> {
	await tx
		.updateTable('users')
		.set({ disabled: true, password_hash: '!' })
		.where('id', '=', id)
		.execute();
}
