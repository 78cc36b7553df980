import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.portalVersions,
	async ({ event, services }) => {
		const body = JSON.stringify(await services.portal.versions(event.params.code));
		return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
	}
);
