// Minimal rows for data-layer tests: a department, an editor, a reviewer and one published version,
// inserted through the repository modules the server uses.
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { insertDepartment } from '../../src/lib/server/db/departments';
import { insertUser } from '../../src/lib/server/db/users';
import { insertItem } from '../../src/lib/server/db/items';
import { insertRevision } from '../../src/lib/server/db/revisions';
import { insertVersion } from '../../src/lib/server/db/versions';
import { appendAudit } from '../../src/lib/server/db/audit';

export async function publishedFixture(db: Kysely<Database>) {
	await insertDepartment(db, { code: 'forestry', name: '市林业局', creditCode: null });
	const editor = await insertUser(db, {
		username: 'ed',
		passwordHash: 'x',
		role: 'editor',
		departments: ['forestry']
	});
	const reviewer = await insertUser(db, { username: 'rv', passwordHash: 'x', role: 'reviewer' });
	const item = await insertItem(db, {
		code: 'ITEM-1',
		departmentCode: 'forestry',
		name: '采集审批',
		kind: 'licensing'
	});
	const rev = await insertRevision(db, {
		itemId: item.id,
		n: 1,
		document: { code: 'ITEM-1', list: [1, 2] },
		authorId: editor.id,
		baseRevision: null
	});
	const bundle = '{"code":"ITEM-1","name":"采集审批"}';
	const version = await insertVersion(db, {
		itemId: item.id,
		n: 1,
		revisionId: rev.id,
		bundle,
		hash: 'h1',
		effectiveFrom: '2026-01-01',
		publishedBy: editor.id,
		approvedBy: reviewer.id
	});
	await appendAudit(db, {
		actorId: editor.id,
		actor: 'ed',
		action: 'publish',
		subject: 'item:ITEM-1',
		afterHash: 'h1'
	});
	return { editor, reviewer, item, rev, version, bundle };
}
