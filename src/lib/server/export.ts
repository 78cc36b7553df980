// Static export of the published registry: the portal API's GET resources as files, so a CDN or an
// object store can serve the portal without the database. Collection and resource paths that are
// also folders (…/items/{code}, …/versions/{n}) are written as index.json inside that folder; a host
// maps a request for P to the file P or, failing that, P/index.json (nginx: try_files $uri
// $uri/index.json). Version files are immutable; everything else should be revalidated.
//
// Incremental: a marker file in the folder remembers the change-feed cursor (and which version each
// item's current file holds) of the export that wrote it, so the next export into the same folder
// writes only the items published or retired since — immutable version files already there are not
// written again — plus the small collection files. An item's current file is a hard link to its
// version's index.json, so the same bytes are stored once.
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import { todayInChina } from '../domain/workdays/today';
import {
	lastPortalEventId,
	listItemsWithVersions,
	listPortalEvents,
	listVersionFiles
} from './db/portal';
import type { Database } from './db/schema';
import { inForce, listVersionsOf, type VersionSummary } from './db/versions';
import { createServices } from './services';
import { applicationSchemaText } from './services/bundle-parts';
import { PORTAL_PREFIX, portalVersions } from './services/portal';

export interface ExportOptions {
	log?: (line: string) => void;
	/** write everything even when an earlier export into the folder could be brought up to date */
	full?: boolean;
}

export interface ExportResult {
	/** items in the registry */
	items: number;
	/** versions whose files this export wrote */
	versions: number;
	/** files written (a current file linked to its version counts) */
	files: string[];
	/** bytes written; a linked file adds none */
	bytes: number;
	/** false when everything was written (no earlier export here, or asked to) */
	incremental: boolean;
	/** files of an earlier export into the same folder that the registry no longer has */
	removed: string[];
}

/** What an export leaves for the next one into the same folder. */
interface Marker {
	format: typeof MARKER_FORMAT;
	/** the change feed's cursor the export covered */
	cursor: number;
	/** the day its current files were chosen for (a scheduled version takes effect on a later day) */
	day: string;
	/** item code → the version its current file holds */
	current: Record<string, number>;
}

export const EXPORT_MARKER = '.banshi-export.json';
const MARKER_FORMAT = 1;
/** items whose version files are read from the database at once */
const BATCH = 50;
/** items whose version lists (no bytes) are read at once */
const LIST_BATCH = 1000;

function readMarker(outDir: string): Marker | null {
	try {
		const m = JSON.parse(readFileSync(join(outDir, EXPORT_MARKER), 'utf8')) as Marker;
		return m.format === MARKER_FORMAT && Number.isInteger(m.cursor) ? m : null;
	} catch {
		return null;
	}
}

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));
}

const SAFE_CODE = /^[A-Za-z0-9_-]{1,64}$/;

export const STATIC_README = `# Banshi portal export

Files mirror GET ${PORTAL_PREFIX}/… of the registry API. Serve a request for a path P from the file P,
or else from P/index.json, with Content-Type application/json (schema.json: application/schema+json;
validator.js: text/javascript).

- items/{code}/versions/{n}/index.json and the files beside it never change once written:
  Cache-Control: public, max-age=31536000, immutable.
- Everything else (items/index.json, items/{code}/index.json, …/versions/index.json,
  changes/index.json, calendar/index.json) changes with each export:
  Cache-Control: public, max-age=60, must-revalidate.
- items/{code}/index.json is the version in force on the day of the export; re-export daily so
  scheduled versions take effect. Retired items have no such file (the API answers 410): an export
  into a folder of an earlier one removes it, and items/{code}/versions/index.json says
  "retired": true. Their versions stay, as the API keeps serving them.
- The export mirrors the registry: files under items/ that the registry no longer has are removed.
- An export into the folder of an earlier one writes only the items published or retired since
  (.banshi-export.json, which need not be served, remembers where the last one stopped); the
  collection files are always rewritten. items/{code}/index.json is a hard link to the version file
  it equals. \`--full\` writes everything again.
- Access-Control-Allow-Origin: * on everything.
`;

export async function exportPortal(
	db: Kysely<Database>,
	outDir: string,
	opts: ExportOptions = {}
): Promise<ExportResult> {
	const log = opts.log ?? (() => {});
	const files: string[] = [];
	const removed: string[] = [];
	let bytes = 0;
	const root = join(outDir, ...PORTAL_PREFIX.split('/').filter(Boolean));
	// a new file and a rename: atomic for a host serving the folder meanwhile, and it never writes
	// through a hard link into the file linked to it
	const write = (rel: string, contents: string) => {
		const file = join(root, rel);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file + '.tmp', contents);
		renameSync(file + '.tmp', file);
		files.push(file);
		bytes += Buffer.byteLength(contents);
	};
	const link = (fromRel: string, rel: string) => {
		const file = join(root, rel);
		rmSync(file, { force: true });
		try {
			linkSync(join(root, fromRel), file);
		} catch {
			copyFileSync(join(root, fromRel), file); // a file system without hard links
		}
		files.push(file);
	};
	const remove = (rel: string) => {
		const file = join(root, rel);
		if (!existsSync(file)) return;
		rmSync(file, { force: true });
		removed.push(file);
	};

	// The feed first: whatever is published while this export runs is in the next one as well.
	const events = await listPortalEvents(db, 0, Number.MAX_SAFE_INTEGER);
	const cursor = events.length ? events[events.length - 1].cursor : 0;
	const earlier = opts.full ? null : readMarker(outDir);
	// a marker ahead of the feed belongs to another database: start over
	const incremental = earlier !== null && earlier.cursor <= (await lastPortalEventId(db));
	const changed = new Set(
		incremental ? events.filter((e) => e.cursor > earlier.cursor).map((e) => e.code) : []
	);
	const earlierFiles = incremental ? [] : filesUnder(join(root, 'items'));

	const portal = createServices(db).portal;
	const list = await portal.items({ limit: 1_000_000, offset: 0 });
	write(
		'items/index.json',
		JSON.stringify({
			items: list.items,
			total: list.total,
			limit: list.total,
			page: 1,
			nextCursor: null
		})
	);

	const all = (await listItemsWithVersions(db)).filter((item) => {
		if (SAFE_CODE.test(item.code)) return true;
		log(`skipped item with a code unsafe as a file name: ${JSON.stringify(item.code)}`);
		return false;
	});
	const today = todayInChina();
	const current: Record<string, number> = {};
	// the items whose files change: all of them the first time, else those in the feed since
	const todo = incremental ? all.filter((item) => changed.has(item.code)) : all;
	let versions = 0;
	// Current files: a day later a scheduled version may have taken effect for any item.
	const recheck = incremental && earlier.day === today ? todo : all;
	// every version list needed, without the bytes: a few queries for the whole registry
	const summaries = new Map<number, VersionSummary[]>();
	for (let i = 0; i < recheck.length; i += LIST_BATCH) {
		const ids = recheck.slice(i, i + LIST_BATCH).map((item) => item.id);
		for (const [id, vs] of await listVersionsOf(db, ids)) summaries.set(id, vs);
	}
	for (let i = 0; i < todo.length; i += BATCH) {
		const batch = todo.slice(i, i + BATCH);
		const rows = await listVersionFiles(
			db,
			batch.map((item) => item.id)
		);
		for (const item of batch) {
			const base = `items/${item.code}`;
			write(
				`${base}/versions/index.json`,
				JSON.stringify(
					portalVersions(item.code, item.status === 'retired', summaries.get(item.id)!)
				)
			);
			for (const v of rows.filter((r) => r.itemId === item.id)) {
				const dir = `${base}/versions/${v.n}`;
				// version files never change: one already exported stays as it is
				if (incremental && existsSync(join(root, dir, 'index.json'))) continue;
				write(`${dir}/schema.json`, applicationSchemaText(v.bundle));
				// the module stored with the version (generated once for versions older than that)
				const validator =
					v.validator ??
					(await portal.validator(item.code, v.n).then(
						(f) => f.source,
						(error: Error) => {
							log(`no validator.js for ${item.code} v${v.n}: ${error.message}`);
							return null;
						}
					));
				if (validator !== null) write(`${dir}/validator.js`, validator);
				// the bundle last: its presence says the version's files are complete
				write(`${dir}/index.json`, v.bundle);
				versions++;
			}
		}
	}

	const rechecked = new Set(recheck.map((item) => item.code));
	for (const item of all) {
		const before = earlier?.current[item.code];
		if (!rechecked.has(item.code)) {
			if (before !== undefined) current[item.code] = before;
			continue;
		}
		const base = `items/${item.code}`;
		const v = item.status === 'retired' ? undefined : inForce(summaries.get(item.id)!, today);
		if (!v) {
			// retired, or nothing in force yet: the API answers 410 or 404, so no file
			remove(`${base}/index.json`);
			continue;
		}
		current[item.code] = v.n;
		if (incremental && before === v.n && existsSync(join(root, base, 'index.json'))) continue;
		link(`${base}/versions/${v.n}/index.json`, `${base}/index.json`);
	}

	write(
		'changes/index.json',
		JSON.stringify({
			changes: events.map((e) => ({
				...e,
				cursor: String(e.cursor),
				...(e.version !== null && {
					href: `${PORTAL_PREFIX}/items/${e.code}/versions/${e.version}`
				})
			})),
			cursor: String(cursor),
			hasMore: false
		})
	);
	// the same answer as GET /portal/calendar: the override and the years loaded from notices
	write('calendar/index.json', JSON.stringify(await createServices(db).calendar.published()));
	writeFileSync(join(outDir, 'README.md'), STATIC_README);
	if (!incremental) {
		// mirror the registry: what an earlier export wrote and this one did not (a retired item's
		// current file) must not stay online
		const written = new Set(files);
		for (const f of earlierFiles.filter((f) => !written.has(f))) {
			rmSync(f, { force: true });
			removed.push(f);
		}
	}
	const marker: Marker = { format: MARKER_FORMAT, cursor, day: today, current };
	writeFileSync(join(outDir, EXPORT_MARKER + '.tmp'), JSON.stringify(marker));
	renameSync(join(outDir, EXPORT_MARKER + '.tmp'), join(outDir, EXPORT_MARKER));
	log(
		`exported ${all.length} items${incremental ? ` (${todo.length} changed since the last export)` : ''}, ` +
			`${versions} versions, ${files.length} files, ${Math.round(bytes / 1024)} KB` +
			(removed.length ? `; removed ${removed.length} files the registry no longer has` : '')
	);
	return { items: all.length, versions, files, bytes, incremental, removed };
}
