// Static export of the published registry: the portal API's GET resources as files, so a CDN or an
// object store can serve the portal without the database. Collection and resource paths that are
// also folders (…/items/{code}, …/versions/{n}) are written as index.json inside that folder; a host
// maps a request for P to the file P or, failing that, P/index.json (nginx: try_files $uri
// $uri/index.json). Version files are immutable; everything else should be revalidated.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import { todayInChina } from '../domain/workdays/today';
import { listItemsWithVersions, listPortalEvents } from './db/portal';
import type { Database } from './db/schema';
import { listVersions, effectiveVersion, getVersion } from './db/versions';
import { createServices } from './services';
import { applicationSchemaText } from './services/bundle-parts';
import { PORTAL_PREFIX } from './services/portal';

export interface ExportOptions {
	log?: (line: string) => void;
}

export interface ExportResult {
	items: number;
	versions: number;
	files: string[];
	/** files of an earlier export into the same folder that the registry no longer has */
	removed: string[];
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
- Access-Control-Allow-Origin: * on everything.
`;

export async function exportPortal(
	db: Kysely<Database>,
	outDir: string,
	opts: ExportOptions = {}
): Promise<ExportResult> {
	const log = opts.log ?? (() => {});
	const files: string[] = [];
	const root = join(outDir, ...PORTAL_PREFIX.split('/').filter(Boolean));
	const write = (rel: string, contents: string) => {
		const file = join(root, rel);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, contents);
		files.push(file);
	};

	const earlier = filesUnder(join(root, 'items'));
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

	const withVersions = await listItemsWithVersions(db);
	const today = todayInChina();
	let versions = 0;
	for (const item of withVersions) {
		if (!SAFE_CODE.test(item.code)) {
			log(`skipped item with a code unsafe as a file name: ${JSON.stringify(item.code)}`);
			continue;
		}
		const base = `items/${item.code}`;
		write(`${base}/versions/index.json`, JSON.stringify(await portal.versions(item.code)));
		for (const v of await listVersions(db, item.id)) {
			const row = (await getVersion(db, item.id, v.n))!;
			write(`${base}/versions/${v.n}/index.json`, row.bundle);
			write(`${base}/versions/${v.n}/schema.json`, applicationSchemaText(row.bundle));
			// the module stored with the version (generated once for versions older than that)
			const validator = await portal.validator(item.code, v.n).catch((error: Error) => {
				log(`no validator.js for ${item.code} v${v.n}: ${error.message}`);
				return null;
			});
			if (validator) write(`${base}/versions/${v.n}/validator.js`, validator.source);
			versions++;
		}
		if (item.status !== 'retired') {
			const current = await effectiveVersion(db, item.id, today);
			if (current) write(`${base}/index.json`, current.bundle);
		}
	}

	const events = await listPortalEvents(db, 0, 1_000_000);
	const cursor = events.length ? String(events[events.length - 1].cursor) : '0';
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
			cursor,
			hasMore: false
		})
	);
	// the same answer as GET /portal/calendar: the override and the years loaded from notices
	write('calendar/index.json', JSON.stringify(await createServices(db).calendar.published()));
	writeFileSync(join(outDir, 'README.md'), STATIC_README);
	// mirror the registry: what an earlier export wrote and this one did not (a retired item's
	// current file) must not stay online
	const written = new Set(files);
	const removed = earlier.filter((f) => !written.has(f));
	for (const f of removed) rmSync(f, { force: true });
	log(
		`exported ${withVersions.length} items, ${versions} versions, ${files.length} files` +
			(removed.length ? `; removed ${removed.length} files the registry no longer has` : '')
	);
	return { items: withVersions.length, versions, files, removed };
}
