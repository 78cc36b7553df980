import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface DepartmentView {
	code: string;
	name: string;
	creditCode: string | null;
}

type Db = Kysely<Database>;

export async function listDepartments(db: Db): Promise<DepartmentView[]> {
	const rows = await db.selectFrom('departments').selectAll().orderBy('code').execute();
	return rows.map((r) => ({ code: r.code, name: r.name, creditCode: r.credit_code }));
}

export async function getDepartment(db: Db, code: string): Promise<DepartmentView | undefined> {
	const r = await db
		.selectFrom('departments')
		.selectAll()
		.where('code', '=', code)
		.executeTakeFirst();
	return r && { code: r.code, name: r.name, creditCode: r.credit_code };
}

export async function findDepartmentByCreditCode(
	db: Db,
	creditCode: string
): Promise<DepartmentView | undefined> {
	const r = await db
		.selectFrom('departments')
		.selectAll()
		.where('credit_code', '=', creditCode)
		.executeTakeFirst();
	return r && { code: r.code, name: r.name, creditCode: r.credit_code };
}

export async function insertDepartment(db: Db, d: DepartmentView): Promise<void> {
	await db
		.insertInto('departments')
		.values({ code: d.code, name: d.name, credit_code: d.creditCode })
		.execute();
}

export async function updateDepartment(
	db: Db,
	code: string,
	patch: { name?: string; creditCode?: string | null }
): Promise<boolean> {
	const set: { name?: string; credit_code?: string | null } = {};
	if (patch.name !== undefined) set.name = patch.name;
	if (patch.creditCode !== undefined) set.credit_code = patch.creditCode;
	if (Object.keys(set).length === 0) return (await getDepartment(db, code)) !== undefined;
	const r = await db
		.updateTable('departments')
		.set(set)
		.where('code', '=', code)
		.executeTakeFirst();
	return r.numUpdatedRows > 0n;
}
