// The public read side: what portals may see of the registry, only ever published versions.
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import { todayInChina } from '../../domain/workdays/today';
import { getItemByCode } from '../db/items';
import { lastPortalEventId, listPortalEvents, listPortalItems } from '../db/portal';
import { retirementOf } from '../db/retirements';
import type { Database, ItemRow, VersionRow } from '../db/schema';
import { VersionCache } from './version-cache';
import { effectiveVersion, getVersion, listVersions, type VersionSummary } from '../db/versions';
import { notFound, problem } from '../http/problem';

export const PORTAL_PREFIX = '/api/v1/portal';

export function versionPath(code: string, n: number): string {
	return `${PORTAL_PREFIX}/items/${encodeURIComponent(code)}/versions/${n}`;
}

async function publishedItem(db: Kysely<Database>, code: string, locale: Locale): Promise<ItemRow> {
	const item = await getItemByCode(db, code);
	const missing = notFound(locale, [`没有已发布的事项 ${code}。`, `No published item ${code}.`]);
	if (!item) throw missing;
	const versions = await listVersions(db, item.id);
	if (versions.length === 0) throw missing;
	return item;
}

export async function portalItems(
	db: Kysely<Database>,
	f: { q?: string; department?: string; kind?: string; limit: number; offset: number }
) {
	const { rows, total } = await listPortalItems(db, { ...f, day: todayInChina() });
	return {
		total,
		items: rows.map((r) => ({
			code: r.code,
			name: r.name,
			kind: r.kind,
			department: { code: r.department, name: r.departmentName },
			version: r.version,
			hash: r.hash,
			effectiveFrom: r.effectiveFrom,
			href: versionPath(r.code, r.version)
		}))
	};
}

/** The version in force on `day`; 410 for a retired item, 404 when nothing is in force yet. */
export async function currentVersion(
	db: Kysely<Database>,
	code: string,
	day: string | undefined,
	locale: Locale
): Promise<VersionRow> {
	const item = await publishedItem(db, code, locale);
	if (item.status === 'retired') {
		const r = await retirementOf(db, item.id);
		throw problem(locale, 410, 'item-retired', ['事项已取消', 'Item retired'], {
			detail: [
				`事项 ${code} 已于 ${r?.retiredAt.slice(0, 10) ?? ''} 取消：${r?.reason ?? ''}`,
				`Item ${code} was retired on ${r?.retiredAt.slice(0, 10) ?? ''}: ${r?.reason ?? ''}`
			],
			extensions: { versions: `${PORTAL_PREFIX}/items/${encodeURIComponent(code)}/versions` }
		});
	}
	const at = day ?? todayInChina();
	const v = await effectiveVersion(db, item.id, at);
	if (!v)
		throw notFound(locale, [
			`事项 ${code} 在 ${at} 没有生效的版本。`,
			`Item ${code} has no version in force on ${at}.`
		]);
	return v;
}

export async function portalVersions(
	db: Kysely<Database>,
	code: string,
	locale: Locale
): Promise<{ code: string; retired: boolean; versions: (VersionSummary & { href: string })[] }> {
	const item = await publishedItem(db, code, locale);
	const versions = await listVersions(db, item.id);
	return {
		code,
		retired: item.status === 'retired',
		versions: versions.map((v) => ({
			n: v.n,
			hash: v.hash,
			effectiveFrom: v.effectiveFrom,
			publishedAt: v.publishedAt,
			revision: v.revision,
			publishedBy: v.publishedBy,
			approvedBy: v.approvedBy,
			href: versionPath(code, v.n)
		}))
	};
}

export async function portalVersion(
	db: Kysely<Database>,
	code: string,
	n: number,
	locale: Locale
): Promise<VersionRow> {
	let cache = versionCaches.get(db);
	if (!cache) versionCaches.set(db, (cache = new VersionCache()));
	const cached = cache.get(code, n);
	if (cached) return cached;
	const item = await getItemByCode(db, code);
	const v = item && (await getVersion(db, item.id, n));
	if (!v)
		throw notFound(locale, [`事项 ${code} 没有第 ${n} 版。`, `Item ${code} has no version ${n}.`]);
	cache.set(code, n, v);
	return v;
}

/** one cache per database handle, so registries opened side by side (tests) never share rows */
const versionCaches = new WeakMap<Kysely<Database>, VersionCache>();

export async function changes(db: Kysely<Database>, since: number, limit: number) {
	const events = await listPortalEvents(db, since, limit);
	const next = events.length ? events[events.length - 1].cursor : Math.max(since, 0);
	return {
		changes: events.map((e) => ({
			...e,
			cursor: String(e.cursor),
			...(e.version !== null && { href: versionPath(e.code, e.version) })
		})),
		cursor: String(next),
		hasMore: events.length === limit && next < (await lastPortalEventId(db))
	};
}
