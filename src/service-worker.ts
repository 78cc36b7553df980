/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The designer offline (issue 14 item 8): the built app is precached, and each designer page and the
// data it boots with (the root layout's: language, time zone, who is signed in) are kept as last
// served, so a reload without a network boots the editor, which then opens the item from this
// browser's local draft. API answers are never kept. Registered by the designer only
// (src/lib/offline/register.ts).
import { build, files, version } from '$service-worker';
import {
	dataUrlOf,
	designerDataKey,
	isDesignerPage,
	staleCaches,
	strategyFor
} from './lib/offline/policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'banshi-designer-';
const CACHE = `${PREFIX}${version}`;
// The example pages beside the widget are documentation, not part of the designer; Monaco's
// TypeScript, CSS and HTML workers (two thirds of the app's bytes) serve no editor of the designer,
// which edits JSON only: they are kept once fetched, never downloaded up front.
const UNUSED = /\/workers\/(ts|css|html)\.worker-/;
const PRECACHE = [
	...build.filter((f) => !UNUSED.test(f)),
	...files.filter((f) => !f.endsWith('.html'))
];
const precached = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of staleCaches(await caches.keys(), CACHE, PREFIX)) await caches.delete(name);
			await sw.clients.claim();
			// The page that registered the worker was served before it existed: keep its copy now so
			// the very next reload works offline.
			const cache = await caches.open(CACHE);
			const windows = await sw.clients.matchAll({ type: 'window' });
			const pages = windows
				.map((w) => new URL(w.url))
				.filter((u) => u.origin === sw.location.origin && isDesignerPage(u.pathname));
			await Promise.all(
				pages.flatMap((u) => [
					keep(cache, new Request(u.href, { credentials: 'same-origin' }), pageKey),
					keep(
						cache,
						new Request(u.origin + dataUrlOf(u.pathname), { credentials: 'same-origin' }),
						dataKey
					)
				])
			).catch(() => {});
		})()
	);
});

/** The network's answer, a copy kept under `key`; never an error or a redirect. */
async function keep(
	cache: Cache,
	request: Request,
	key: (r: Request) => string
): Promise<Response> {
	const response = await fetch(request);
	if (response.ok && response.type === 'basic')
		await cache.put(key(request), response.clone()).catch(() => {});
	return response;
}

/** One copy per page, whatever its query string. */
function pageKey(request: Request): string {
	const url = new URL(request.url);
	return url.origin + url.pathname;
}

function dataKey(request: Request): string {
	return designerDataKey(new URL(request.url).origin);
}

/** The network first; offline, the copy kept under `key`. */
async function networkThenCopy(request: Request, key: (r: Request) => string) {
	const cache = await caches.open(CACHE);
	try {
		return await keep(cache, request, key);
	} catch (offline) {
		const kept = await cache.match(key(request), { ignoreVary: true });
		if (kept) return kept;
		throw offline;
	}
}

async function designerPage(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		return await keep(cache, request, pageKey);
	} catch (offline) {
		const kept = await cache.match(pageKey(request), { ignoreVary: true });
		if (kept) return kept;
		// An item never opened on this device: the catalog, which lists the local drafts.
		if (await cache.match(`${sw.location.origin}/designer`, { ignoreVary: true }))
			return Response.redirect('/designer', 302);
		throw offline;
	}
}

async function asset(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const kept = await cache.match(request, { ignoreVary: true });
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic')
		await cache.put(request, response.clone()).catch(() => {});
	return response;
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const strategy = strategyFor({
		method: request.method,
		url: new URL(request.url),
		origin: sw.location.origin,
		mode: request.mode,
		precached
	});
	if (strategy === 'asset') event.respondWith(asset(request));
	else if (strategy === 'designer-page') event.respondWith(designerPage(request));
	else if (strategy === 'designer-data') event.respondWith(networkThenCopy(request, dataKey));
});
