import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { expectQuery } from '$lib/server/http/fields';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, services }) => {
	expectQuery(event.url, []);
	const body = JSON.stringify(await services.portal.versions(event.params.code));
	return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
});
