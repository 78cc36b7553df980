import { endpoint } from '$lib/server/http/route';
import { CURRENT, cachedResponse } from '$lib/server/http/cache';
import { atParam } from '$lib/server/http/portal-route';
import { currentVersion, versionPath } from '$lib/server/registry/portal';
import type { RequestHandler } from './$types';

// The bundle in force (today, or on ?at=): the same bytes and ETag as its version resource, but
// short-lived, since tomorrow another version may be in force.
export const GET: RequestHandler = endpoint(async ({ event, locale, db }) => {
	const at = atParam(event.url, locale);
	const { code } = event.params;
	const v = await currentVersion(db, code, at, locale);
	return cachedResponse(event.request, v.bundle, {
		etag: `"${v.hash}"`,
		cacheControl: CURRENT,
		headers: { 'content-location': versionPath(code, v.n), 'x-banshi-version': String(v.n) }
	});
});
