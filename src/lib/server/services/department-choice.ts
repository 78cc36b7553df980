// Which department a new thing (item, 一件事, Excel column mapping) belongs to, decided once: every
// service that creates under a department asks here, so "asked for, else the editor's only one"
// and its two 422s read the same everywhere.
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/authorize';
import { getDepartment, type DepartmentView } from '../db/departments';
import type { Database } from '../db/schema';
import { invalid, m } from '../errors';

/** The department `code` names; 422 at /department when there is none. */
export async function knownDepartment(db: Kysely<Database>, code: string): Promise<DepartmentView> {
	const found = await getDepartment(db, code);
	const unknown = m('server.item.unknownDepartment', { department: code });
	if (!found)
		throw invalid('unknown-department', {
			detail: unknown,
			errors: [{ pointer: '/department', message: unknown }]
		});
	return found;
}

/**
 * The department asked for, else the editor's only one (an editor of several must say which); it
 * must exist, and the editor must be one who may create in it.
 */
export async function resolveDepartment(
	db: Kysely<Database>,
	user: Actor,
	requested: string | undefined
): Promise<DepartmentView> {
	const code = requested ?? (user.departments.length === 1 ? user.departments[0] : undefined);
	if (!code) {
		const required = m('server.item.departmentRequired');
		throw invalid('department-required', {
			detail: required,
			errors: [{ pointer: '/department', message: required }]
		});
	}
	const department = await knownDepartment(db, code);
	authorize(user, 'create', { department: code });
	return department;
}
