// Local implementations (实施清单事项): items whose current draft names a base catalog item in `base`.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export interface LocalImplementationRow {
	id: number;
	code: string;
	name: string;
	department_code: string;
	current_revision: number;
	base_code: string | null;
	base_version: string | null;
}

/** Every item not retired whose current revision refers to a base item, by code. */
export async function listLocalImplementations(
	db: Kysely<Database>,
	departments?: readonly string[]
): Promise<LocalImplementationRow[]> {
	if (departments && departments.length === 0) return [];
	const only = departments
		? sql`and i.department_code in (${sql.join(departments.map((d) => sql`${d}`))})`
		: sql``;
	const { rows } = await sql<LocalImplementationRow>`
		select i.id, i.code, i.name, i.department_code, i.current_revision,
		       r.document::jsonb -> 'base' ->> 'code' as base_code,
		       r.document::jsonb -> 'base' ->> 'version' as base_version
		from items i
		join revisions r on r.item_id = i.id and r.n = i.current_revision
		where r.document::jsonb -> 'base' is not null and i.status <> 'retired'
			and i.document_type = 'item' ${only}
		order by i.code`.execute(db);
	return rows;
}
