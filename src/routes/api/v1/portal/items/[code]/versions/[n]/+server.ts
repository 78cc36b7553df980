import { endpoint } from '$lib/server/http/route';
import { IMMUTABLE, cachedResponse } from '$lib/server/http/cache';
import { expectQuery } from '$lib/server/http/fields';
import { versionNumber } from '$lib/server/http/portal-route';
import { portalVersion } from '$lib/server/registry/portal';
import type { RequestHandler } from './$types';

// The bundle bytes exactly as stored at publication: the ETag is the bundle's own content hash.
export const GET: RequestHandler = endpoint(async ({ event, locale, db }) => {
	expectQuery(event.url, [], locale);
	const { code } = event.params;
	const v = await portalVersion(db, code, versionNumber(event.params.n, code, locale), locale);
	return cachedResponse(event.request, v.bundle, { etag: `"${v.hash}"`, cacheControl: IMMUTABLE });
});
