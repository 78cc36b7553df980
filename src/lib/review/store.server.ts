// Revisions and published versions never change once written, so their documents, diffs and lint
// findings can be kept in memory: a reviewer reopening a page, or the queue listing the same
// submissions again, does not recompute a diff of two large forms.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/domain/i18n';
import type { Item } from '$lib/domain/item/types';
import { diffItems, type DiffReport } from '$lib/domain/diff';
import { lintItem, type Finding } from '$lib/domain/lint';
import { getRevision } from '$lib/server/db/revisions';
import type { Database } from '$lib/server/db/schema';

class Lru<V> {
	private map = new Map<string, V>();
	constructor(private readonly max: number) {}
	get(key: string): V | undefined {
		const v = this.map.get(key);
		if (v !== undefined) {
			this.map.delete(key);
			this.map.set(key, v);
		}
		return v;
	}
	set(key: string, value: V): V {
		this.map.set(key, value);
		if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
		return value;
	}
}

export interface RevisionDoc {
	id: number;
	n: number;
	author: string;
	createdAt: string;
	doc: Item;
}

const docs = new Lru<RevisionDoc>(64);
const diffs = new Lru<DiffReport>(256);
const lints = new Lru<Finding[]>(128);

export async function revisionDoc(
	db: Kysely<Database>,
	itemId: number,
	n: number
): Promise<RevisionDoc | undefined> {
	const key = `${itemId}/${n}`;
	const hit = docs.get(key);
	if (hit) return hit;
	const r = await getRevision(db, itemId, n);
	if (!r) return undefined;
	return docs.set(key, {
		id: r.id,
		n: r.n,
		author: r.author,
		createdAt: r.created_at.toISOString(),
		doc: r.document as unknown as Item
	});
}

export function diffOf(a: RevisionDoc, b: RevisionDoc, locale: Locale): DiffReport {
	const key = `${a.id}:${b.id}:${locale}`;
	return diffs.get(key) ?? diffs.set(key, diffItems(a.doc, b.doc, { locale }));
}

export function lintOf(r: RevisionDoc, locale: Locale): Finding[] {
	const key = `${r.id}:${locale}`;
	return lints.get(key) ?? lints.set(key, lintItem(r.doc, { locale }));
}
