// Which items cite a law or one of its articles: the registry's answer for the review queue, the
// designer's law picker and the administrators' law pages.
import type { Kysely } from 'kysely';
import type { Item, LegalBasis } from '../../domain/item/types';
import { citationsOf, citesArticle, matchLaw, normaliseTitle, type Law } from '../../domain/law';
import { displayStatus, type ItemStatus } from '../../domain/workflow';
import { todayInChina } from '../../domain/workdays/today';
import { documentsMentioning, listLaws, type LawRow } from '../db/laws';
import type { Database } from '../db/schema';
import { latestVersion } from '../db/versions';
import { needlesOf, type CitingItem } from './law-views';

/**
 * Which items cite 《X》(第 N 条): `law` is a registry id or a title or 文号 as written; without a
 * registered match the title is looked for as free text. Current revisions of the items in `scope`.
 */
export async function citingItems(
	db: Kysely<Database>,
	scope: 'all' | readonly string[],
	query: { law: string; article?: string }
): Promise<{ law: LawRow | null; items: CitingItem[] }> {
	const all = await listLaws(db);
	const law =
		all.find((l) => l.id === query.law) ??
		matchLaw({ law: query.law, docNumber: query.law }, all) ??
		null;
	const probe: Law = law ?? {
		id: '-',
		title: normaliseTitle(query.law),
		issuer: '',
		level: 'law',
		effectiveOn: '',
		articles: []
	};
	const docs = await documentsMentioning(db, needlesOf(probe), scope === 'all' ? undefined : scope);
	const today = todayInChina();
	const items: CitingItem[] = [];
	for (const d of docs) {
		const found = citationsOf(d.document as unknown as Item, probe).filter(({ basis }) =>
			citesArticle(basis as LegalBasis, query.article)
		);
		if (!found.length) continue;
		const latest = await latestVersion(db, d.itemId);
		items.push({
			code: d.code,
			name: d.name,
			department: d.department,
			status: displayStatus(d.status as ItemStatus, latest?.effectiveFrom, today),
			revision: d.revision,
			citations: found.map(({ field, index, basis }) => ({
				pointer: `/guide/${field}/${index}`,
				law: basis.law,
				lawId: basis.lawId ?? null,
				article: basis.article ?? null,
				needsDecision: basis.needsDecision ?? null
			}))
		});
	}
	return { law, items };
}
