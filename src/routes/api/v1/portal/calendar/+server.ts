import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import type { RequestHandler } from './$types';

// Portals compute supplement deadlines in working days; they need the administrator's override of
// the holiday schedule as soon as it is saved (null: the built-in schedule applies).
export const GET: RequestHandler = endpoint(
	endpoints.portalCalendar,
	async ({ event, services }) => {
		const current = await services.portal.calendar();
		const body = JSON.stringify({
			override: current?.data ?? null,
			updatedAt: current?.updatedAt ?? null
		});
		return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
	}
);
