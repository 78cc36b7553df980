// The interop kit as built by scripts/build-interop.js into dist-interop/ (see src/interop/). Each
// module is served twice: under its content-hashed name, immutable, and under `<name>.v<N>.js`, the
// newest build of interface version N, revalidated by the same strong ETag. Files are re-read when
// the build changes them, as the widget's are.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Static } from 'typebox';
import { API_BASE, routes } from '$lib/api/endpoints/routes';
import type { InteropManifest, InteropModuleInfo } from '$lib/api/schemas/portal';
import { AppError, m, notFound } from '$lib/server/errors';

export const INTEROP_DIR = join(process.cwd(), 'dist-interop');
export const INTEROP_PATH = API_BASE + routes.portalInterop.path;

/** A module as the manifest lists it (declared in src/lib/api/schemas/portal.ts). */
export type PublishedKitModule = Static<typeof InteropModuleInfo>;
export type PublishedKitManifest = Static<typeof InteropManifest>;

/** dist-interop/manifest.json: the same without the URLs, which depend on where it is served. */
export type KitModule = Omit<PublishedKitModule, 'url' | 'latestUrl'>;
export interface KitManifest {
	formats: KitModule;
	fileField: KitModule;
}

export interface KitFile {
	body: string;
	etag: string;
	/** false for the `.v<N>.js` name, whose bytes change with a release */
	immutable: boolean;
}

let cached: { mtime: number; manifest: KitManifest; files: Map<string, KitFile> } | undefined;

function load() {
	const path = join(INTEROP_DIR, 'manifest.json');
	let mtime: number;
	try {
		mtime = statSync(path).mtimeMs;
	} catch {
		return undefined;
	}
	if (cached?.mtime === mtime) return cached;
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as KitManifest;
	const files = new Map<string, KitFile>();
	for (const m of Object.values(manifest) as KitModule[]) {
		const body = readFileSync(join(INTEROP_DIR, m.file), 'utf8');
		const etag = `"${m.sha256}"`;
		files.set(m.file, { body, etag, immutable: true });
		files.set(m.latest, { body, etag, immutable: false });
	}
	cached = { mtime, manifest, files };
	return cached;
}

/** The manifest, or undefined when the kit has not been built. */
export function kitManifest(): KitManifest | undefined {
	return load()?.manifest;
}

/** One of the kit's files by its name in the URL, or undefined (unknown name, or not built). */
export function kitFile(name: string): KitFile | undefined {
	return load()?.files.get(name);
}

/** The manifest as served: each module with the URLs of both its names. */
export function publishedManifest(manifest: KitManifest): PublishedKitManifest {
	const withUrls = (m: KitModule): PublishedKitModule => ({
		...m,
		url: `${INTEROP_PATH}/${m.file}`,
		latestUrl: `${INTEROP_PATH}/${m.latest}`
	});
	return { formats: withUrls(manifest.formats), fileField: withUrls(manifest.fileField) };
}

export function kitNotBuilt(): AppError {
	return notFound(m('server.interop.notBuilt'));
}

export function noSuchKitFile(name: string, manifest: KitManifest): AppError {
	const latest = [manifest.formats, manifest.fileField].map((k) => `${INTEROP_PATH}/${k.latest}`);
	// the list is paths, the same in both languages
	return new AppError('not-found', {
		detail: m('server.interop.noModule', { name, latest: latest.join(', ') }),
		extensions: { modules: latest }
	});
}

const VENDOR_FILE = /^[\w.-]+\.js$/;
const vendorCache = new Map<string, { mtime: number; body: string; etag: string }>();

/** A module of the example's vendor folder (React, rjsf, Ajv), or undefined. */
export function vendorFile(name: string): { body: string; etag: string } | undefined {
	if (!VENDOR_FILE.test(name)) return undefined;
	const path = join(INTEROP_DIR, 'vendor', name);
	let mtime: number;
	try {
		mtime = statSync(path).mtimeMs;
	} catch {
		return undefined;
	}
	const hit = vendorCache.get(name);
	if (hit?.mtime === mtime) return hit;
	const body = readFileSync(path, 'utf8');
	const entry = { mtime, body, etag: `"${createHash('sha256').update(body).digest('hex')}"` };
	vendorCache.set(name, entry);
	return entry;
}
