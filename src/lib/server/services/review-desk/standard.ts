// Standardization: each base catalog item that local implementations refer to (document `base`),
// with every local implementation's deviations from the base version it names — the domain core
// classifies each difference as allowed or to be reviewed.
import type { Kysely } from 'kysely';
import { deviations } from '../../../domain/diff';
import type { Locale } from '../../../domain/i18n';
import type { StandardGroup } from '../../../review/types';
import { listDepartments } from '../../db/departments';
import { getItemByCode } from '../../db/items';
import type { Database } from '../../db/schema';
import { listLocalImplementations } from '../../db/standard';
import { listVersions } from '../../db/versions';
import { revisionDoc } from './documents';

export async function standardGroups(
	db: Kysely<Database>,
	locale: Locale,
	scope: 'all' | readonly string[]
): Promise<StandardGroup[]> {
	const rows = await listLocalImplementations(db, scope === 'all' ? undefined : scope);
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
