import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { IMMUTABLE, cachedResponse } from '$lib/server/http/cache';
import { applicationSchemaText } from '$lib/server/services/bundle-parts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(endpoints.portalSchema, async ({ event, services }) => {
	const v = await services.portal.version(event.params.code, Number(event.params.n));
	return cachedResponse(event.request, applicationSchemaText(v.bundle), {
		etag: `"${v.hash}.schema"`,
		cacheControl: IMMUTABLE,
		contentType: 'application/schema+json; charset=utf-8'
	});
});
