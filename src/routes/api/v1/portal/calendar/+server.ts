import { endpoint } from '$lib/server/http/route';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { expectQuery } from '$lib/server/http/fields';
import { currentCalendarOverride } from '$lib/server/db/calendar';
import type { RequestHandler } from './$types';

// Portals compute supplement deadlines in working days; they need the administrator's override of
// the holiday schedule as soon as it is saved (null: the built-in schedule applies).
export const GET: RequestHandler = endpoint(async ({ event, locale, db }) => {
	expectQuery(event.url, [], locale);
	const current = await currentCalendarOverride(db);
	const body = JSON.stringify({
		override: current?.data ?? null,
		updatedAt: current?.createdAt ?? null
	});
	return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
});
