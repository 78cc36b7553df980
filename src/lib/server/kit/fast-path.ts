// The portal's immutable resources answered before any other work. The first GET of each goes the
// full way (front door, endpoint, service, database) and is kept as it was answered; after that:
// - `nodeFastPath`, which the server start (scripts/serve.js) places in front of the SvelteKit
//   handler, answers straight from the Node request: a revalidation is a 304 from the kept ETag, a
//   GET the kept bytes in the encoding the client accepts;
// - `fastPath`, the first step of hooks.server.ts `handle`, does the same for a server started
//   without that (`node build`, `vite dev`), at the framework's cost but without the database.
// Everything else — pages, "current" resources, POSTs, errors — goes the full way every time.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handle } from '@sveltejs/kit';
import { ifNoneMatchHits } from '../http/cache';
import { chooseEncoding, ImmutableStore, isStorable, type StoredResource } from './immutable-store';
import { PORTAL_API } from './front-door';

const PREFIX = PORTAL_API + '/';

/** Where scripts/serve.js finds the Node handler: it runs outside the built bundle. */
export const NODE_FAST_PATH = Symbol.for('banshi.portal.fastPath');

/** One store per process: the server has one database, and published bytes never change in it. */
const holder = globalThis as { __banshiImmutableStore?: ImmutableStore };
const store = (holder.__banshiImmutableStore ??= new ImmutableStore());

function lookup(method: string | undefined, path: string | undefined): StoredResource | undefined {
	// keys are paths without a query: a request with one goes the full way
	if ((method !== 'GET' && method !== 'HEAD') || !path?.startsWith(PREFIX)) return undefined;
	return store.get(path);
}

/** Answers from the store when it can; false hands the request on untouched. */
export function nodeFastPath(req: IncomingMessage, res: ServerResponse): boolean {
	const hit = lookup(req.method, req.url);
	if (!hit) return false;
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
	const hit = lookup(method, path);
	if (hit) {
		if (ifNoneMatchHits(headers.get('if-none-match'), hit.etag))
			return new Response(null, { status: 304, headers: hit.notModified });
		const answer = hit.answers[chooseEncoding(headers.get('accept-encoding'), hit.answers)]!;
		return new Response(method === 'HEAD' ? null : (answer.body as Uint8Array<ArrayBuffer>), {
			status: 200,
			headers: answer.headers
		});
	}
	const response = await resolve(event);
	if (method === 'GET' && path?.startsWith(PREFIX) && isStorable(response))
		// kept for the next request; a failure only means the next one goes the full way too
		store.remember(path, response.clone()).catch(() => {});
	return response;
};
