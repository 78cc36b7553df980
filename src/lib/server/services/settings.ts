// The deployment's settings: the lint rules' severities, the strict local profile, the 容缺 policy
// per risk class, the default supplement period and the time zone. Stored as numbered versions
// (append-only, audited); the newest is in force for every check on this server — the designer,
// the review desk, the publish gate — and for the command line that fetches it.
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import type { Item } from '../../domain/item/types';
import {
	changedRules,
	defaultSettings,
	lintOptionsOf,
	newlyBlocked,
	validateSettings,
	type BlockedItem,
	type CheckSettings,
	type Settings
} from '../../domain/settings';
import type { LintOptions } from '../../domain/lint';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../../domain/time';
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import { currentValidDocuments } from '../db/revisions';
import type { Database } from '../db/schema';
import {
	currentSettings,
	insertSettingsVersion,
	listSettingsVersions,
	settingsVersion
} from '../db/settings';
import { conflict, invalid, m, notFound } from '../errors';
import type { ServiceContext } from './context';
import { documentHash } from './hash';

export function timeZoneFromEnv(env: Record<string, string | undefined> = process.env): string {
	const zone = env.BANSHI_TIME_ZONE?.trim();
	return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

export interface SettingsInForce {
	/** 0 while nothing is stored (the defaults apply) */
	version: number;
	settings: Settings;
	createdBy: string | null;
	createdAt: string | null;
}

// Read on every check, written rarely: kept per database. A write in this process replaces it at
// once; another server on the same database (several instances behind a proxy) is seen within
// REREAD_MS, and the publish gate always reads the stored version itself.
const REREAD_MS = 5_000;
const cache = new WeakMap<object, { at: number; value: Promise<SettingsInForce> }>();

async function read(db: Kysely<Database>, zone: string): Promise<SettingsInForce> {
	const row = await currentSettings(db);
	if (!row)
		return { version: 0, settings: defaultSettings(zone), createdBy: null, createdAt: null };
	const result = validateSettings(row.data, { fallbackZone: zone });
	// a stored version was valid when written; should a later release refuse part of it, the
	// defaults keep every check running rather than failing them all
	return {
		version: row.n,
		settings: result.ok ? result.settings : defaultSettings(zone),
		createdBy: row.createdBy,
		createdAt: row.createdAt
	};
}

/** The settings in force for `db`; `fresh` skips the cache (the publish gate). */
export function settingsInForce(
	db: Kysely<Database>,
	zone = timeZoneFromEnv(),
	fresh = false
): Promise<SettingsInForce> {
	const hit = cache.get(db);
	if (hit && !fresh && Date.now() - hit.at < REREAD_MS) return hit.value;
	const value = read(db, zone).catch((error: unknown) => {
		cache.delete(db);
		throw error;
	});
	cache.set(db, { at: Date.now(), value });
	return value;
}

/** What the checks run with, in `locale`; `version` keys caches of findings. */
export interface Checks {
	version: number;
	options: LintOptions;
}

export async function checksIn(
	db: Kysely<Database>,
	locale: Locale,
	opts: { fresh?: boolean } = {}
): Promise<Checks> {
	const { version, settings } = await settingsInForce(db, undefined, opts.fresh);
	return { version, options: lintOptionsOf(settings, locale) };
}

export interface SettingsImpact {
	/** items checked (valid current revisions of items in use) */
	checked: number;
	blocked: BlockedItem[];
}

export class SettingsService {
	private readonly zone = timeZoneFromEnv();

	constructor(private readonly c: ServiceContext) {}

	/** the IANA zone every screen shows times in */
	async timeZone(): Promise<string> {
		return (await this.current()).settings.timeZone;
	}

	/** The settings in force. Anyone may read them: they are the rules items are checked against. */
	current(): Promise<SettingsInForce> {
		return settingsInForce(this.c.db, this.zone);
	}

	/** The part the designer needs to check as the server does. */
	async checks(): Promise<CheckSettings & { supplementDays: number }> {
		const { rules, strictLocal, policy, supplementDays } = (await this.current()).settings;
		return { rules, strictLocal, policy, supplementDays };
	}

	async history(actor: Actor | null) {
		authorize(actor, 'manage-settings');
		return (await listSettingsVersions(this.c.db)).map((r) => ({
			n: r.n,
			createdBy: r.createdBy,
			createdAt: r.createdAt,
			hash: documentHash(r.data)
		}));
	}

	async version(actor: Actor | null, n: number): Promise<SettingsInForce> {
		authorize(actor, 'manage-settings');
		const row = await settingsVersion(this.c.db, n);
		if (!row) throw notFound(m('server.settings.versionNotFound', { n }));
		const result = validateSettings(row.data, { fallbackZone: this.zone });
		return {
			version: row.n,
			settings: result.ok ? result.settings : defaultSettings(this.zone),
			createdBy: row.createdBy,
			createdAt: row.createdAt
		};
	}

	/** The items the proposed settings would newly block; nothing is stored. */
	async impact(actor: Actor | null, proposed: unknown): Promise<SettingsImpact> {
		authorize(actor, 'manage-settings');
		const next = this.check(proposed, '/settings');
		const { settings } = await this.current();
		const docs = await currentValidDocuments(this.c.db);
		const blocked = newlyBlocked(
			settings,
			next,
			docs.map((d) => ({ code: d.code, name: d.name, item: d.document as unknown as Item })),
			this.c.locale
		);
		return { checked: docs.length, blocked };
	}

	/** Store version base+1; 409 when someone saved since `baseVersion`. */
	async save(
		actor: Actor | null,
		input: { baseVersion: number; settings: unknown }
	): Promise<SettingsInForce> {
		const user = authorize(actor, 'manage-settings');
		const next = this.check(input.settings, '/settings');
		const { db } = this.c;
		const before = await read(db, this.zone);
		const stale = () =>
			conflict(
				'stale-settings',
				m('server.settings.stale', {
					author: before.createdBy ?? '',
					current: before.version,
					base: input.baseVersion
				}),
				{ currentVersion: before.version }
			);
		if (input.baseVersion !== before.version) {
			cache.delete(db);
			throw stale();
		}
		const n = before.version + 1;
		const stored = await db.transaction().execute(async (tx) => {
			if (
				!(await insertSettingsVersion(tx, n, next as unknown as Record<string, unknown>, user.id))
			)
				return false;
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: 'settings.change',
				subject: 'settings',
				beforeHash: before.version ? documentHash(before.settings) : null,
				afterHash: documentHash(next),
				detail: {
					version: n,
					rules: changedRules(before.settings, next),
					strictLocal: next.strictLocal,
					supplementDays: next.supplementDays,
					timeZone: next.timeZone
				}
			});
			return true;
		});
		cache.delete(db);
		if (!stored) throw stale();
		return this.current();
	}

	private check(proposed: unknown, at: string): Settings {
		const result = validateSettings(proposed, { locale: this.c.locale, fallbackZone: this.zone });
		if (!result.ok)
			throw invalid('invalid-settings', {
				detail: m('server.settings.invalid', { count: result.problems.length }),
				errors: result.problems.map((p) => ({
					pointer: at + p.pointer,
					message: p.message,
					code: p.code
				}))
			});
		return result.settings;
	}
}
