import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.portalChanges,
	async ({ event, query, services }) => {
		const body = JSON.stringify(await services.portal.changes(query.since, query.limit));
		return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
	}
);
