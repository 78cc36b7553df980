import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import type { RequestHandler } from './$types';

// Portals compute supplement deadlines in working days; they need the administrator's override and
// the years loaded from the State Council notice as soon as they are saved.
export const GET: RequestHandler = endpoint(
	endpoints.portalCalendar,
	async ({ event, services }) => {
		const body = JSON.stringify(await services.calendar.published());
		return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
	}
);
