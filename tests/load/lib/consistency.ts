// What "consistent" means for the registry after a crash, checked straight in the database: every
// item's revisions and versions are numbered 1..n without gaps, each version's bytes hash to its
// recorded hash, and each version and each item has the audit entry and feed event written in the
// same transaction. Returns the violations found, so a failing test prints them all.
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { bundleHash } from '../../../src/lib/domain/compile';
import { openDatabase } from '../../../src/lib/server/db/open';
import type { Database } from '../../../src/lib/server/db/schema';
import type { Storage } from './engines';

export interface VersionBytes {
	code: string;
	n: number;
	hash: string;
	bundle: string;
}

/** Opens the storage's database directly (for PGlite only while no server has it open). */
export async function openStorage(store: Storage) {
	return openDatabase(
		store.databaseUrl
			? { databaseUrl: store.databaseUrl, poolSize: 2 }
			: { dataDir: join(store.dataDir!, 'pglite') }
	);
}

export async function allVersions(db: Kysely<Database>): Promise<VersionBytes[]> {
	return db
		.selectFrom('versions as v')
		.innerJoin('items as i', 'i.id', 'v.item_id')
		.select(['i.code', 'v.n', 'v.hash', 'v.bundle'])
		.orderBy('i.code')
		.orderBy('v.n')
		.execute();
}

export async function violations(db: Kysely<Database>): Promise<string[]> {
	const found: string[] = [];
	const items = await db.selectFrom('items').selectAll().execute();
	const revisions = await db.selectFrom('revisions').select(['item_id', 'n']).execute();
	const versions = await db.selectFrom('versions').selectAll().execute();
	const audit = await db.selectFrom('audit_log').select(['action', 'subject', 'detail']).execute();
	const events = await db.selectFrom('portal_events').selectAll().execute();

	const numbers = (rows: { item_id: number; n: number }[], id: number) =>
		rows
			.filter((r) => r.item_id === id)
			.map((r) => r.n)
			.sort((a, b) => a - b);
	const contiguous = (ns: number[]) => ns.every((n, i) => n === i + 1);

	for (const item of items) {
		// a one-thing (一件事) is stored as an item row and audited under its own name
		const kind = item.document_type === 'onething' ? 'onething' : 'item';
		const subject = `${kind}:${item.code}`;
		const revs = numbers(revisions, item.id);
		if (!contiguous(revs) || revs.length !== item.current_revision)
			found.push(`${item.code}: revisions ${revs.join(',')} but current ${item.current_revision}`);
		if (!audit.some((a) => a.action === `${kind}.create` && a.subject === subject))
			found.push(`${item.code}: no ${kind}.create audit entry`);
		const mine = versions.filter((v) => v.item_id === item.id);
		const vs = mine.map((v) => v.n).sort((a, b) => a - b);
		if (!contiguous(vs)) found.push(`${item.code}: versions ${vs.join(',')}`);
		if (item.status === 'published' && vs.length === 0)
			found.push(`${item.code}: published without a version`);
		for (const v of mine) {
			let hash: string | null = null;
			try {
				hash = bundleHash(JSON.parse(v.bundle));
			} catch {
				// unparseable bytes are reported below as a hash mismatch
			}
			if (hash !== v.hash)
				found.push(`${item.code} v${v.n}: bundle bytes do not hash to ${v.hash}`);
			const published = audit.filter(
				(a) =>
					a.action === `${kind}.publish` &&
					a.subject === subject &&
					(a.detail as { version?: number }).version === v.n
			);
			if (published.length !== 1)
				found.push(`${item.code} v${v.n}: ${published.length} ${kind}.publish audit entries`);
			const feed = events.filter(
				(e) => e.item_code === item.code && e.event === 'published' && e.version === v.n
			);
			if (feed.length !== 1) found.push(`${item.code} v${v.n}: ${feed.length} feed events`);
		}
	}
	return found;
}
