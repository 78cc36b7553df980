import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { expectQuery, intParam } from '$lib/server/http/fields';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, services }) => {
	const params = expectQuery(event.url, ['since', 'limit']);
	const since = intParam(params.get('since'), 'since', { min: 0, fallback: 0 });
	const limit = intParam(params.get('limit'), 'limit', { min: 1, max: 1000, fallback: 100 });
	const body = JSON.stringify(await services.portal.changes(since, limit));
	return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
});
