// First start of a real deployment: with no administrator yet and BANSHI_ADMIN_PASSWORD set, create
// the account `admin` so someone can sign in and create the others.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { countActiveAdmins, findUserRowByUsername } from '../db/users';
import { createUser } from '../registry/users';

export async function ensureFirstAdmin(
	db: Kysely<Database>,
	password: string | undefined
): Promise<boolean> {
	if (!password) return false;
	if ((await countActiveAdmins(db)) > 0) return false;
	if (await findUserRowByUsername(db, 'admin')) return false;
	await createUser(
		db,
		{ username: 'admin', password, role: 'admin', displayName: '系统管理员' },
		{ id: null, username: 'system' }
	);
	return true;
}
