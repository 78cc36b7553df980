// First start of a real deployment: with no administrator yet and BANSHI_ADMIN_PASSWORD set, create
// the account `admin` so someone can sign in and create the others. A demo `admin` left from a trial
// installation is taken over (new password, no longer a demo account) rather than left as the only,
// unusable, administrator.
import type { Kysely } from 'kysely';
import { appendAudit } from '../db/audit';
import type { Database } from '../db/schema';
import { findUserRowByUsername, hasRealAdmin, makeRealAdmin, setUserPassword } from '../db/users';
import { deleteSessionsOfUser } from '../db/sessions';
import { hashPassword } from '../auth/password';
import { passwordProblem } from '../auth/password-policy';
import { m } from '../errors';
import { createUser } from '../services/users';
import { StartRefused } from './start-refused';

const SYSTEM = { id: null, username: 'system' } as const;

export async function ensureFirstAdmin(
	db: Kysely<Database>,
	password: string | undefined
): Promise<boolean> {
	if (!password) return false;
	if (await hasRealAdmin(db)) return false;
	const existing = await findUserRowByUsername(db, 'admin');
	if (existing && !existing.demo) return false;
	const weak = passwordProblem(password, 'admin');
	if (weak) throw new StartRefused(m('server.start.adminPassword'), [weak]);
	if (existing) {
		await setUserPassword(db, existing.id, await hashPassword(password));
		await deleteSessionsOfUser(db, existing.id);
		await makeRealAdmin(db, existing.id);
		await appendAudit(db, {
			actorId: null,
			actor: SYSTEM.username,
			action: 'user.claim-admin',
			subject: 'user:admin'
		});
		return true;
	}
	await createUser(
		db,
		{ username: 'admin', password, role: 'admin', displayName: '系统管理员' },
		SYSTEM
	);
	return true;
}
