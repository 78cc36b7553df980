import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { IMMUTABLE, cachedResponse } from '$lib/server/http/cache';
import type { RequestHandler } from './$types';

// The one-thing bundle bytes exactly as stored at publication: the ETag is its own content hash.
export const GET: RequestHandler = endpoint(
	endpoints.portalOneThingVersion,
	async ({ event, services }) => {
		const v = await services.portal.oneThingVersion(event.params.code, Number(event.params.n));
		return cachedResponse(event.request, v.bundle, {
			etag: `"${v.hash}"`,
			cacheControl: IMMUTABLE
		});
	}
);
