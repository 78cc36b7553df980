// The portal's immutable resources answered before any other work. The first GET of each goes the
// full way (front door, endpoint, service, database) and is kept as it was answered; after that:
// - `nodeFastPath`, which the server start (scripts/serve.js) places in front of the SvelteKit
//   handler, answers straight from the Node request: a revalidation is a 304 from the kept ETag, a
//   GET the kept bytes in the encoding the client accepts;
// - `fastPath`, the first step of hooks.server.ts `handle`, does the same for a server started
//   without that (`node build`, `vite dev`), at the framework's cost but without the database.
// The guide pages of the versions in force are kept the same way for readers without a session, as
// long as they are current (./page-store.ts).
// Everything else — other pages, "current" resources, POSTs, errors — goes the full way every time.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { ifNoneMatchHits } from '../http/cache';
import { chooseEncoding, ImmutableStore, isStorable, type StoredResource } from './immutable-store';
import { PORTAL_API } from './front-door';
import { changesPages, isKeepablePage, PageStore, pageKey, sealPage } from './page-store';

const PREFIX = PORTAL_API + '/';

/** Where scripts/serve.js finds the Node handler: it runs outside the built bundle. */
export const NODE_FAST_PATH = Symbol.for('banshi.portal.fastPath');

/** One store per process: the server has one database, and published bytes never change in it. */
const holder = globalThis as { __banshiImmutableStore?: ImmutableStore };
const store = (holder.__banshiImmutableStore ??= new ImmutableStore());
const pageHolder = globalThis as { __banshiPageStore?: PageStore };
const pages = (pageHolder.__banshiPageStore ??= new PageStore());

/** Where kept pages learn whether they are still current (the database, once it is open). */
export function connectPageStore(readStamp: () => Promise<string>): void {
	if (!dev) pages.connect(readStamp);
}

function lookup(method: string | undefined, path: string | undefined): StoredResource | undefined {
	// keys are paths without a query: a request with one goes the full way
	if ((method !== 'GET' && method !== 'HEAD') || !path?.startsWith(PREFIX)) return undefined;
	return store.get(path);
}

function lookupPage(
	method: string | undefined,
	path: string | undefined,
	cookie: string | null | undefined,
	authorization: string | null | undefined
): StoredResource | undefined {
	const key = pageKey(method, path, cookie, authorization);
	return key === undefined ? undefined : pages.get(key);
}

/** Answers from the store when it can; false hands the request on untouched. */
export function nodeFastPath(req: IncomingMessage, res: ServerResponse): boolean {
	const { method, url, headers } = req;
	const hit = lookup(method, url) ?? lookupPage(method, url, headers.cookie, headers.authorization);
	if (!hit) {
		// once a change made here is answered, kept pages are checked against the database again
		if (changesPages(method, url)) res.once('finish', () => pages.changed());
		return false;
	}
	if (ifNoneMatchHits(req.headers['if-none-match'], hit.etag)) {
		res.writeHead(304, hit.notModified).end();
		return true;
	}
	const answer = hit.answers[chooseEncoding(req.headers['accept-encoding'], hit.answers)]!;
	res.writeHead(200, answer.headers);
	if (req.method === 'HEAD') res.end();
	else res.end(answer.body);
	return true;
}

export function installNodeFastPath(): void {
	(globalThis as Record<symbol, unknown>)[NODE_FAST_PATH] = nodeFastPath;
}

export const fastPath: Handle = async ({ event, resolve }) => {
	const { method, headers } = event.request;
	const path = event.url.search === '' ? event.url.pathname : undefined;
	const key = dev
		? undefined
		: pageKey(method, path, headers.get('cookie'), headers.get('authorization'));
	const hit = lookup(method, path) ?? (key === undefined ? undefined : pages.get(key));
	if (hit) {
		if (ifNoneMatchHits(headers.get('if-none-match'), hit.etag))
			return new Response(null, { status: 304, headers: hit.notModified });
		const answer = hit.answers[chooseEncoding(headers.get('accept-encoding'), hit.answers)]!;
		return new Response(method === 'HEAD' ? null : (answer.body as Uint8Array<ArrayBuffer>), {
			status: 200,
			headers: answer.headers
		});
	}
	if (key !== undefined) return renderPage(key, event.request, () => resolve(event));
	const response = await resolve(event);
	if (changesPages(method, event.url.pathname)) pages.changed();
	if (method === 'GET' && path?.startsWith(PREFIX) && isStorable(response))
		// kept for the next request; a failure only means the next one goes the full way too
		store.remember(path, response.clone()).catch(() => {});
	return response;
};

/** A guide page rendered by SvelteKit for a reader without a session: sealed, kept, answered. */
async function renderPage(
	key: string,
	request: Request,
	render: () => Response | Promise<Response>
): Promise<Response> {
	// a HEAD has no body to keep: it is answered from a page a GET kept, or rendered
	if (request.method !== 'GET') return render();
	const at = await pages.stamp();
	const response = await render();
	if (!at || !isKeepablePage(response)) return response;
	const html = await response.text();
	const page = sealPage(html, response.headers);
	if (!page) return new Response(html, response);
	// kept for the next reader; a failure only means the next one is rendered too
	pages.remember(key, at, page).catch(() => {});
	if (ifNoneMatchHits(request.headers.get('if-none-match'), page.headers.etag)) {
		const { 'content-type': _type, ...notModified } = page.headers;
		return new Response(null, { status: 304, headers: notModified });
	}
	return new Response(page.html, { status: 200, headers: page.headers });
}
