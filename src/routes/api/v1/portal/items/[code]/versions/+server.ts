import { endpoint } from '$lib/server/http/route';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { expectQuery } from '$lib/server/http/fields';
import { portalVersions } from '$lib/server/registry/portal';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, db }) => {
	expectQuery(event.url, [], locale);
	const body = JSON.stringify(await portalVersions(db, event.params.code, locale));
	return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
});
