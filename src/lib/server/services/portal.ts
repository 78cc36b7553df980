// The public read side: what portals may see of the registry, only ever published versions. No user
// is involved: everything here is public and cacheable.
import type { Kysely } from 'kysely';
import { decide } from '../../domain/acceptance';
import type { Bundle } from '../../domain/compile/types';
import { CalendarGapError, isDateString } from '../../domain/workdays';
import { dayInChina, todayInChina } from '../../domain/workdays/today';
import { isUnstorableSearch } from '../db/errors';
import { getItemByCode } from '../db/items';
import {
	lastPortalEventId,
	listPortalBundles,
	listPortalDepartments,
	listPortalEvents,
	listPortalItems,
	portalHtmlStamp,
	portalPageStamp
} from '../db/portal';
import { retirementOf } from '../db/retirements';
import { listPortalOneThings } from '../db/onethings';
import { memberRetired, retiredMembersOf, type RetiredMember } from './onething-retired-members';
import type { OneThingBundle } from '../../domain/onething/types';
import { decide as decideOneThing } from './onething-core';
import type { Database, ItemRow, VersionRow } from '../db/schema';
import {
	effectiveVersion,
	getVersion,
	latestVersion,
	listVersions,
	type VersionSummary
} from '../db/versions';
import { AppError, badRequest, invalid, m, notFound } from '../errors';
import type { CalendarService } from './calendar';
import type { ServiceContext } from './context';
import { ByteBoundedCache, VersionCache } from './version-cache';
import { getValidator, insertValidator, type StoredValidator } from '../db/validators';
import { VALIDATOR_MODULE_FORMAT, validatorModule } from '../../portal/server/validator-module';

export const PORTAL_PREFIX = '/api/v1/portal';

export function versionPath(code: string, n: number): string {
	return `${PORTAL_PREFIX}/items/${encodeURIComponent(code)}/versions/${n}`;
}

/** Where an item's versions are listed, retired or not. */
export function itemVersionsPath(code: string): string {
	return `${PORTAL_PREFIX}/items/${encodeURIComponent(code)}/versions`;
}

export function oneThingVersionPath(code: string, n: number): string {
	return `${PORTAL_PREFIX}/onethings/${encodeURIComponent(code)}/versions/${n}`;
}

/** A version as the public sees it: no staff usernames (who published or approved it). */
export type PortalVersion = Omit<VersionSummary, 'publishedBy' | 'approvedBy'> & { href: string };

export interface PortalVersions {
	code: string;
	retired: boolean;
	versions: PortalVersion[];
}

/** An item's versions as GET …/items/{code}/versions answers them (and the static export writes). */
export function portalVersions(
	code: string,
	retired: boolean,
	versions: VersionSummary[]
): PortalVersions {
	return {
		code,
		retired,
		versions: versions.map((v) => ({
			n: v.n,
			hash: v.hash,
			effectiveFrom: v.effectiveFrom,
			publishedAt: v.publishedAt,
			revision: v.revision,
			href: versionPath(code, v.n)
		}))
	};
}

export interface PortalQuery {
	q?: string;
	department?: string;
	kind?: string;
	limit: number;
	offset: number;
}

/** one cache per database handle, so databases opened side by side (tests) never share rows */
const versionCaches = new WeakMap<Kysely<Database>, VersionCache>();
const validatorCaches = new WeakMap<Kysely<Database>, ByteBoundedCache<StoredValidator>>();

type PublishedCalendar = Awaited<ReturnType<CalendarService['published']>>;

/** What the portal pages read, kept while nothing it depends on changed (`portalPageStamp`). */
interface PageViews {
	stamp: string;
	day: string;
	calendar?: Promise<PublishedCalendar>;
	/** item code → the version in force that day */
	current: ByteBoundedCache<VersionRow>;
}
const pageViews = new WeakMap<Kysely<Database>, PageViews>();

/** The most guides one handbook holds: a city department has a few hundred items at most. */
export const HANDBOOK_MAX = 1000;

export interface Handbook {
	/** the day the guides are in force on */
	day: string;
	/** departments with items in force, to choose from */
	departments: { code: string; name: string }[];
	/** the department asked for, when it has items in force */
	department: { code: string; name: string } | null;
	/** the kind of item (事项类型) asked for: a handbook by theme */
	kind: string | null;
	guides: { bundle: Bundle; version: { n: number; effectiveFrom: string } }[];
}

export interface ValidatorFile {
	source: string;
	/** strong: the bundle hash and the generator's format the module was made with */
	etag: string;
}

export class PortalService {
	constructor(
		private readonly c: ServiceContext,
		private readonly calendars: CalendarService
	) {}

	private async publishedItem(code: string): Promise<ItemRow> {
		const item = await getItemByCode(this.c.db, code);
		const missing = notFound(m('server.portal.notPublished', { code }));
		// a one-thing is served under /portal/onethings
		if (!item || item.document_type !== 'item') throw missing;
		const versions = await listVersions(this.c.db, item.id);
		if (versions.length === 0) throw missing;
		return item;
	}

	async items(f: PortalQuery) {
		if (isUnstorableSearch(f.q)) return { total: 0, items: [] };
		const { rows, total } = await listPortalItems(this.c.db, { ...f, day: todayInChina() });
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

	/**
	 * The guides in force today of one department (or one kind of item, or all), for the printed
	 * 便民服务手册 and the lobby screen: published versions only, by code, at most `HANDBOOK_MAX`.
	 */
	async handbook(f: { department?: string; kind?: string }): Promise<Handbook> {
		const day = todayInChina();
		const [departments, rows] = await Promise.all([
			listPortalDepartments(this.c.db, day),
			f.department || f.kind
				? listPortalBundles(this.c.db, { day, ...f, limit: HANDBOOK_MAX })
				: Promise.resolve([])
		]);
		return {
			day,
			departments,
			department: departments.find((d) => d.code === f.department) ?? null,
			kind: f.kind ?? null,
			guides: rows.map((r) => ({
				bundle: JSON.parse(r.bundle) as Bundle,
				version: { n: r.n, effectiveFrom: r.effectiveFrom }
			}))
		};
	}

	/** The version in force on `day`; 410 for a retired item, 404 when nothing is in force yet. */
	async current(code: string, day?: string): Promise<VersionRow> {
		const item = await this.publishedItem(code);
		if (item.status === 'retired') throw await this.gone(item);
		const at = day ?? todayInChina();
		const v = await effectiveVersion(this.c.db, item.id, at);
		if (!v) throw notFound(m('server.portal.notInForce', { code, day: at }));
		return v;
	}

	/**
	 * For the portal pages: the version in force today and the published calendar, as `current` and
	 * the calendar service read them, kept until a publication, a retirement, a calendar change or
	 * the next day — one query a page instead of five. Refusals (404, 410) are not kept.
	 */
	async forPage(code: string): Promise<{ version: VersionRow; calendar: PublishedCalendar }> {
		const { db } = this.c;
		const [stamp, day] = [await portalPageStamp(db), todayInChina()];
		let views = pageViews.get(db);
		if (!views || views.stamp !== stamp || views.day !== day) {
			views = { stamp, day, current: new ByteBoundedCache((v) => v.bundle.length * 2) };
			pageViews.set(db, views);
		}
		const kept = views;
		kept.calendar ??= this.calendars.published().catch((error: unknown) => {
			kept.calendar = undefined;
			throw error;
		});
		let version = kept.current.get(code);
		if (!version) {
			version = await this.current(code, day);
			kept.current.set(code, version);
		}
		return { version, calendar: await kept.calendar };
	}

	/**
	 * Changes whenever a portal page may show something else than it did: a publication, a
	 * retirement, a calendar change, new settings (the day is the caller's to watch).
	 */
	pageStamp(): Promise<string> {
		return portalHtmlStamp(this.c.db);
	}

	async versions(code: string): Promise<PortalVersions> {
		const item = await this.publishedItem(code);
		return portalVersions(code, item.status === 'retired', await listVersions(this.c.db, item.id));
	}

	async version(code: string, n: number): Promise<VersionRow> {
		const { db } = this.c;
		let cache = versionCaches.get(db);
		if (!cache) versionCaches.set(db, (cache = new VersionCache()));
		const cached = cache.get(code, n);
		if (cached) return cached;
		const item = await getItemByCode(db, code);
		const v = item?.document_type === 'item' && (await getVersion(db, item.id, n));
		if (!v) throw notFound(m('server.portal.noVersion', { code, n }));
		cache.set(code, n, v);
		return v;
	}

	/**
	 * A version's precompiled validator module, as stored by the publish gate. Versions published
	 * before modules were stored get theirs generated here once, and stored for good.
	 */
	async validator(code: string, n: number): Promise<ValidatorFile> {
		const { db } = this.c;
		const v = await this.version(code, n);
		let cache = validatorCaches.get(db);
		if (!cache) validatorCaches.set(db, (cache = new ByteBoundedCache((m) => m.source.length * 2)));
		let stored = cache.get(v.hash) ?? (await getValidator(db, v.id));
		if (!stored) {
			let source: string;
			try {
				source = validatorModule(JSON.parse(v.bundle) as Bundle);
			} catch (error) {
				throw invalid('validator-failed', {
					detail: m('server.publish.validatorFailed', { reason: (error as Error).message })
				});
			}
			await insertValidator(db, { versionId: v.id, format: VALIDATOR_MODULE_FORMAT, source });
			stored = (await getValidator(db, v.id))!;
		}
		cache.set(v.hash, stored);
		return { source: stored.source, etag: `"${v.hash}.validator.${stored.format}"` };
	}

	async changes(since: number, limit: number) {
		const { db } = this.c;
		const events = await listPortalEvents(db, since, limit);
		const next = events.length ? events[events.length - 1].cursor : Math.max(since, 0);
		return {
			changes: events.map((e) => ({
				...e,
				cursor: String(e.cursor),
				...(e.version !== null && {
					href:
						e.type === 'onething'
							? oneThingVersionPath(e.code, e.version)
							: versionPath(e.code, e.version)
				})
			})),
			cursor: String(next),
			hasMore: events.length === limit && next < (await lastPortalEventId(db))
		};
	}

	/**
	 * 410 item-retired for an item or a one-thing no longer in force: when and why, and where its
	 * versions stay readable by number.
	 */
	private async gone(row: ItemRow): Promise<AppError> {
		const r = await retirementOf(this.c.db, row.id);
		const onething = row.document_type === 'onething';
		const code = row.code;
		const values = { code, date: r ? dayInChina(r.retiredAt) : '', reason: r?.reason ?? '' };
		return new AppError('gone', {
			slug: 'item-retired',
			detail: onething ? m('server.onething.retired', values) : m('server.portal.retired', values),
			extensions: onething
				? { lastVersion: oneThingVersionPath(code, (await latestVersion(this.c.db, row.id))!.n) }
				: { versions: itemVersionsPath(code) }
		});
	}

	// ---- one-things (一件事) ----

	/** A one-thing with at least one published version; 404 otherwise (an item's code too). */
	private async publishedOneThing(code: string): Promise<ItemRow> {
		const row = await getItemByCode(this.c.db, code);
		const missing = notFound(m('server.onething.notPublished', { code }));
		if (!row || row.document_type !== 'onething') throw missing;
		if ((await listVersions(this.c.db, row.id)).length === 0) throw missing;
		return row;
	}

	/** One-things in force today, by code; `q` searches the published name, code and theme. */
	async oneThings(f: { q?: string; department?: string; limit: number; offset: number }) {
		const day = todayInChina();
		const q = f.q?.toLowerCase();
		const all = (await listPortalOneThings(this.c.db, day))
			.filter((r) => !f.department || r.department === f.department)
			.map((r) => {
				const b = JSON.parse(r.bundle) as OneThingBundle;
				return {
					code: r.code,
					name: b.name,
					theme: { kind: b.theme.kind, name: b.theme.name },
					leadDepartment: { code: r.department, name: b.leadDepartment?.name ?? r.departmentName },
					members: b.members.map((x) => ({ code: x.code, name: x.name, version: x.version })),
					version: r.n,
					hash: r.hash,
					effectiveFrom: r.effectiveFrom,
					href: oneThingVersionPath(r.code, r.n)
				};
			})
			.filter(
				(o) =>
					!q ||
					[o.code, o.name, o.theme.name, o.leadDepartment.name].some((s) =>
						s.toLowerCase().includes(q)
					)
			);
		return { total: all.length, onethings: all.slice(f.offset, f.offset + f.limit) };
	}

	/** The one-thing version in force on `day` (default today); 404 when none is. */
	async oneThingCurrent(code: string, day?: string): Promise<VersionRow> {
		const row = await this.publishedOneThing(code);
		if (row.status === 'retired') throw await this.gone(row);
		const at = day ?? todayInChina();
		const v = await effectiveVersion(this.c.db, row.id, at);
		if (!v) throw notFound(m('server.onething.notInForce', { code, day: at }));
		return v;
	}

	/**
	 * The members of a one-thing version retired since it compiled them: its guide says so and its
	 * decide endpoint refuses, so an applicant is not sent to an item no longer handled.
	 */
	retiredMembers(bundle: Pick<OneThingBundle, 'members'>): Promise<RetiredMember[]> {
		return retiredMembersOf(this.c.db, bundle);
	}

	/**
	 * The retired members of the version in force, as the portal's pages and the widget refuse an
	 * application on them.
	 */
	async oneThingRetiredMembers(code: string) {
		const v = await this.oneThingCurrent(code);
		const bundle = JSON.parse(v.bundle) as OneThingBundle;
		return {
			code,
			version: v.n,
			members: await this.retiredMembers(bundle)
		};
	}

	/** One immutable version of a one-thing. */
	async oneThingVersion(code: string, n: number): Promise<VersionRow> {
		const row = await getItemByCode(this.c.db, code);
		const v = row?.document_type === 'onething' && (await getVersion(this.c.db, row.id, n));
		if (!v) throw notFound(m('server.onething.noVersion', { code, n }));
		return v;
	}

	/**
	 * One verdict on a one-thing application on `date` (default today in China): the version in
	 * force that day, each member decided on its slice with the calendar in force. Refused (409
	 * onething-member-retired) while a member of that version is retired, as its pages refuse.
	 */
	async decideOneThing(code: string, input: { submission: unknown; date?: string }) {
		const date = input.date ?? todayInChina();
		if (!isDateString(date)) {
			const message = m('server.decide.badDate');
			throw badRequest(message, [{ pointer: '/date', message }]);
		}
		const v = await this.oneThingCurrent(code, date);
		const bundle = JSON.parse(v.bundle) as OneThingBundle;
		const retired = await this.retiredMembers(bundle);
		if (retired.length) throw memberRetired(code, retired, itemVersionsPath);
		const calendar = await this.calendars.inForce();
		try {
			const decision = decideOneThing(bundle, input.submission, date, {
				calendar,
				locale: this.c.locale,
				strictCalendar: this.calendars.strict
			});
			return { code, version: v.n, date, decision };
		} catch (error) {
			if (error instanceof CalendarGapError) throw this.calendars.gap(error.year);
			throw error;
		}
	}

	/** The holiday calendar every decision uses (built-in, override, loaded years), and whether it is strict. */
	async calendarInForce() {
		return {
			calendar: await this.calendars.inForce(),
			strict: this.calendars.strict,
			gap: (year: number) => this.calendars.gap(year)
		};
	}

	/**
	 * The acceptance decision on `date` (default today in China) by the version in force that day,
	 * with the holiday calendar in force. A strict server refuses (409 calendar-gap) a deadline in a
	 * year without a schedule; otherwise it is provisional.
	 */
	async decide(code: string, input: { submission: unknown; date?: string }) {
		const date = input.date ?? todayInChina();
		if (!isDateString(date)) {
			const message = m('server.decide.badDate');
			throw badRequest(message, [{ pointer: '/date', message }]);
		}
		const v = await this.current(code, date);
		const bundle = JSON.parse(v.bundle) as Bundle;
		const calendar = await this.calendars.inForce();
		try {
			const decision = decide(bundle, input.submission, date, {
				calendar,
				locale: this.c.locale,
				strictCalendar: this.calendars.strict
			});
			return { code, version: v.n, date, decision };
		} catch (error) {
			if (error instanceof CalendarGapError) throw this.calendars.gap(error.year);
			throw error;
		}
	}
}
