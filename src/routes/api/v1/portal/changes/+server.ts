import { endpoint } from '$lib/server/http/route';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { expectQuery, intParam } from '$lib/server/http/fields';
import { changes } from '$lib/server/registry/portal';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, db }) => {
	const params = expectQuery(event.url, ['since', 'limit'], locale);
	const since = intParam(params.get('since'), 'since', locale, { min: 0, fallback: 0 });
	const limit = intParam(params.get('limit'), 'limit', locale, {
		min: 1,
		max: 1000,
		fallback: 100
	});
	const body = JSON.stringify(await changes(db, since, limit));
	return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
});
