// The Excel column mappings a department keeps: the one saved last for a header row is offered to
// every editor of the department who imports a workbook with the same headers. Who may import may
// read and save them (the workflow's `create` in that department).
import { checkMapping, headerRowHash, parseMapping, type Mapping } from '../../domain/spreadsheet';
import { pointer } from '../../domain/pointer';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { latestXlsxMapping, putXlsxMapping } from '../db/xlsx-mappings';
import { invalid, m } from '../errors';
import type { ServiceContext } from './context';
import { resolveDepartment } from './department-choice';

export interface SavedXlsxMapping {
	department: string;
	headers: string[];
	mapping: Mapping;
	savedBy: string;
	savedAt: string;
}

export class XlsxMappingService {
	constructor(private readonly c: ServiceContext) {}

	/**
	 * The mapping saved last for the header row whose key hashes to `hash` (`headerRowHash`), in the
	 * department named or else in any of the editor's departments; null when none.
	 */
	async saved(
		actor: Actor | null,
		query: { hash: string; department?: string }
	): Promise<SavedXlsxMapping | null> {
		const user = authorize(signedIn(actor), 'create');
		const departments = query.department
			? [(await resolveDepartment(this.c.db, user, query.department)).code]
			: user.departments;
		const row = await latestXlsxMapping(this.c.db, departments, query.hash);
		// A row written under an older shape of mappings is no mapping at all, not an error.
		const mapping = row && parseMapping(row.mapping);
		if (!row || !mapping) return null;
		return {
			department: row.department,
			headers: row.headers,
			mapping,
			savedBy: row.savedBy,
			savedAt: row.savedAt.toISOString()
		};
	}

	/** Keeps `mapping` as the department's for the header row, if it fits the row. */
	async save(
		actor: Actor | null,
		input: { headers: string[]; mapping: Mapping; department?: string }
	): Promise<SavedXlsxMapping> {
		const user = authorize(signedIn(actor), 'create');
		const { code: department } = await resolveDepartment(this.c.db, user, input.department);
		const mapping = parseMapping(input.mapping);
		const problems = mapping ? checkMapping(mapping, input.headers, this.c.locale) : [];
		if (!mapping || problems.length)
			throw invalid('invalid-mapping', {
				detail: m('server.xlsxMapping.invalid', { count: Math.max(problems.length, 1) }),
				errors: problems.length
					? problems.map((p) => ({
							pointer: p.column ? pointer('mapping', 'columns', p.column) : '/mapping',
							code: p.code,
							message: p.message
						}))
					: [{ pointer: '/mapping', message: m('server.xlsxMapping.invalid', { count: 1 }) }]
			});
		const savedAt = new Date();
		await putXlsxMapping(this.c.db, {
			department,
			headerHash: headerRowHash(input.headers),
			headers: input.headers,
			mapping,
			savedBy: user.id,
			savedAt
		});
		return {
			department,
			headers: input.headers,
			mapping,
			savedBy: user.displayName,
			savedAt: savedAt.toISOString()
		};
	}
}
