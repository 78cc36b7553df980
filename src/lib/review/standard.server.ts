// Standardization: each base catalog item that local implementations refer to (document `base`),
// with every local implementation's deviations from the base version it names — the domain core
// classifies each difference as allowed or to be reviewed.
import { sql, type Kysely } from 'kysely';
import { deviations } from '$lib/domain/diff';
import type { Locale } from '$lib/domain/i18n';
import { listDepartments } from '$lib/server/db/departments';
import { getItemByCode } from '$lib/server/db/items';
import type { Database } from '$lib/server/db/schema';
import { listVersions } from '$lib/server/db/versions';
import { revisionDoc } from './store.server';
import type { StandardGroup } from './types';

interface LocalRow {
	id: number;
	code: string;
	name: string;
	department_code: string;
	current_revision: number;
	base_code: string | null;
	base_version: string | null;
}

export async function loadStandard(db: Kysely<Database>, locale: Locale): Promise<StandardGroup[]> {
	const { rows } = await sql<LocalRow>`
		select i.id, i.code, i.name, i.department_code, i.current_revision,
		       r.document -> 'base' ->> 'code' as base_code,
		       r.document -> 'base' ->> 'version' as base_version
		from items i
		join revisions r on r.item_id = i.id and r.n = i.current_revision
		where r.document -> 'base' is not null and i.status <> 'retired'
		order by i.code`.execute(db);

	const departments = new Map((await listDepartments(db)).map((d) => [d.code, d.name]));
	const groups = new Map<string, StandardGroup>();
	for (const row of rows) {
		if (!row.base_code) continue;
		const version = Number(row.base_version);
		const key = `${row.base_code}@${version}`;
		let group = groups.get(key);
		if (!group) {
			const base = await getItemByCode(db, row.base_code);
			group = {
				baseCode: row.base_code,
				baseName: base?.name ?? null,
				baseVersion: Number.isInteger(version) ? version : null,
				locals: []
			};
			groups.set(key, group);
		}
		const local = await revisionDoc(db, row.id, row.current_revision);
		const entry = {
			code: row.code,
			name: row.name,
			department: departments.get(row.department_code) ?? row.department_code,
			revision: row.current_revision,
			report: null as StandardGroup['locals'][number]['report']
		};
		const baseItem = await getItemByCode(db, row.base_code);
		const v = baseItem && (await listVersions(db, baseItem.id)).find((x) => x.n === version);
		const baseDoc = baseItem && v ? await revisionDoc(db, baseItem.id, v.revision) : undefined;
		if (!baseDoc || !local) {
			group.locals.push({ ...entry, problem: 'base-missing' });
			continue;
		}
		try {
			group.locals.push({ ...entry, report: deviations(baseDoc.doc, local.doc, { locale }) });
		} catch (error) {
			group.locals.push({ ...entry, problem: (error as Error).message });
		}
	}
	return [...groups.values()];
}
