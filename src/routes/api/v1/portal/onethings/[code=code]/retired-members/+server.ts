import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// The members of the one-thing in force retired since it was published: an embedding page (the
// widget) refuses the application on them as the portal's own pages do. Not cached: a retirement
// takes effect at once, while the bundle itself is served unchanged.
export const GET: RequestHandler = endpoint(
	endpoints.portalOneThingRetiredMembers,
	async ({ event, services }) =>
		json(await services.portal.oneThingRetiredMembers(event.params.code))
);
