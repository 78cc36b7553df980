// Revisions and published versions never change once written, so their documents, diffs and lint
// findings can be kept in memory: a reviewer reopening a page, or the queue listing the same
// submissions again, does not recompute a diff of two large forms.
import type { Kysely } from 'kysely';
import type { Locale } from '../../../domain/i18n';
import type { Item } from '../../../domain/item/types';
import { compileItem, CompileError, type Bundle } from '../../../domain/compile';
import { diffItems, type DiffReport } from '../../../domain/diff';
import { lintItem, type Finding } from '../../../domain/lint';
import type { Checks } from '../settings';
import { presentChanges } from '../../../review/present';
import { getRevision } from '../../db/revisions';
import type { Database } from '../../db/schema';

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
	authorId: number;
	createdAt: string;
	doc: Item;
}

/** What a revision compiles to, as the portal would show it, or why it does not compile yet. */
export interface Compiled {
	bundle: Bundle | null;
	problems: { pointer: string; message: string }[];
}

interface Caches {
	docs: Lru<RevisionDoc>;
	bundles: Lru<Compiled>;
	diffs: Lru<DiffReport>;
	presented: Lru<DiffReport>;
	lints: Lru<Finding[]>;
}

// One set per database handle: ids from two databases opened side by side (tests) must not meet.
const perDatabase = new WeakMap<Kysely<Database>, Caches>();

function caches(db: Kysely<Database>): Caches {
	let c = perDatabase.get(db);
	if (!c)
		perDatabase.set(
			db,
			(c = {
				docs: new Lru(64),
				bundles: new Lru(32),
				diffs: new Lru(256),
				presented: new Lru(64),
				lints: new Lru(128)
			})
		);
	return c;
}

export async function revisionDoc(
	db: Kysely<Database>,
	itemId: number,
	n: number
): Promise<RevisionDoc | undefined> {
	const { docs } = caches(db);
	const key = `${itemId}/${n}`;
	const hit = docs.get(key);
	if (hit) return hit;
	const r = await getRevision(db, itemId, n);
	if (!r) return undefined;
	return docs.set(key, {
		id: r.id,
		n: r.n,
		author: r.author,
		authorId: r.author_id,
		createdAt: r.created_at.toISOString(),
		doc: r.document as unknown as Item
	});
}

export function diffOf(
	db: Kysely<Database>,
	a: RevisionDoc,
	b: RevisionDoc,
	locale: Locale
): DiffReport {
	const { diffs } = caches(db);
	const key = `${a.id}:${b.id}:${locale}`;
	return diffs.get(key) ?? diffs.set(key, diffItems(a.doc, b.doc, { locale }));
}

/** The diff of two revisions with each change's values put into words (labels, field titles). */
export function presentedDiffOf(
	db: Kysely<Database>,
	a: RevisionDoc,
	b: RevisionDoc,
	locale: Locale
): DiffReport {
	const { presented } = caches(db);
	const key = `${a.id}:${b.id}:${locale}`;
	const hit = presented.get(key);
	if (hit) return hit;
	const report = diffOf(db, a, b, locale);
	const groups = Object.fromEntries(
		Object.entries(report.groups).map(([g, list]) => [
			g,
			presentChanges(list, a.doc, b.doc, locale)
		])
	) as DiffReport['groups'];
	return presented.set(key, { ...report, groups });
}

/** The findings under the settings in force (a new settings version is a new cache key). */
export function lintOf(db: Kysely<Database>, r: RevisionDoc, checks: Checks): Finding[] {
	const { lints } = caches(db);
	const key = `${r.id}:${checks.options.locale}:${checks.version}`;
	return lints.get(key) ?? lints.set(key, lintItem(r.doc, checks.options));
}

export function compiledOf(db: Kysely<Database>, r: RevisionDoc, checks: Checks): Compiled {
	const { bundles } = caches(db);
	const { locale, policy } = checks.options;
	const key = `${r.id}:${locale}:${checks.version}`;
	const hit = bundles.get(key);
	if (hit) return hit;
	try {
		return bundles.set(key, { bundle: compileItem(r.doc, { locale, policy }), problems: [] });
	} catch (error) {
		if (!(error instanceof CompileError)) throw error;
		const problems = error.problems.map((p) => ({ pointer: p.pointer, message: p.message }));
		return bundles.set(key, { bundle: null, problems });
	}
}
