import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse } from '$lib/server/http/cache';
import { oneThingVersionPath } from '$lib/server/services/portal';
import type { RequestHandler } from './$types';

// The one-thing in force (today, or on ?at=): the same bytes and ETag as its version resource, but
// short-lived, since tomorrow another version may be in force.
export const GET: RequestHandler = endpoint(
	endpoints.portalOneThing,
	async ({ event, query, services }) => {
		const { code } = event.params;
		const v = await services.portal.oneThingCurrent(code, query.at);
		return cachedResponse(event.request, v.bundle, {
			etag: `"${v.hash}"`,
			cacheControl: CURRENT,
			headers: {
				'content-location': oneThingVersionPath(code, v.n),
				'x-banshi-version': String(v.n)
			}
		});
	}
);
