// The published history of an item: each version with who published and approved it, the summary
// of its diff against the version before, and any two versions compared in full.
import type { Kysely } from 'kysely';
import type { DiffSummary } from '../../../domain/diff';
import type { Locale } from '../../../domain/i18n';
import type { Comparison, VersionInfo } from '../../../review/types';
import { retirementOf } from '../../db/retirements';
import type { Database, ItemRow } from '../../db/schema';
import { diffOf, presentedDiffOf, revisionDoc } from './documents';
import { versionsOf } from './page';

export interface VersionsPage {
	code: string;
	name: string;
	retired: { reason: string; retiredAt: string } | null;
	versions: (VersionInfo & { author: string; summary: DiffSummary | null })[];
	pair: { a: number; b: number; comparison: Comparison } | null;
}

export async function versionsPage(
	db: Kysely<Database>,
	locale: Locale,
	item: ItemRow,
	pick: { a: number | null; b: number | null }
): Promise<VersionsPage> {
	const versions = await versionsOf(db, item);
	const docs = new Map<number, Awaited<ReturnType<typeof revisionDoc>>>();
	const docOf = async (v: VersionInfo) => {
		if (!docs.has(v.n)) docs.set(v.n, await revisionDoc(db, item.id, v.revision));
		return docs.get(v.n);
	};
	const rows: VersionsPage['versions'] = [];
	for (const [i, v] of versions.entries()) {
		const prev = versions[i - 1];
		const b = await docOf(v);
		const a = prev ? await docOf(prev) : undefined;
		rows.push({
			...v,
			author: b?.author ?? '',
			summary: a && b ? diffOf(db, a, b, locale).summary : null
		});
	}
	let pair: VersionsPage['pair'] = null;
	const va = versions.find((v) => v.n === pick.a) ?? versions.at(-2);
	const vb = versions.find((v) => v.n === pick.b) ?? versions.at(-1);
	if (va && vb && va.n !== vb.n) {
		const [a, b] = [await docOf(va), await docOf(vb)];
		if (a && b)
			pair = {
				a: va.n,
				b: vb.n,
				comparison: {
					against: { kind: 'version', n: va.n, revision: va.revision },
					report: presentedDiffOf(db, a, b, locale),
					materials: { old: a.doc.materials ?? [], new: b.doc.materials ?? [] }
				}
			};
	}
	return {
		code: item.code,
		name: item.name,
		retired: (await retirementOf(db, item.id)) ?? null,
		versions: [...rows].reverse(),
		pair
	};
}
