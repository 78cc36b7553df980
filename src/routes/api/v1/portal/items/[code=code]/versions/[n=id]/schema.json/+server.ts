import { endpoint } from '$lib/server/kit/endpoint';
import { IMMUTABLE, cachedResponse } from '$lib/server/http/cache';
import { expectQuery } from '$lib/server/http/fields';
import { applicationSchemaText } from '$lib/server/services/bundle-parts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, services }) => {
	expectQuery(event.url, []);
	const v = await services.portal.version(event.params.code, Number(event.params.n));
	return cachedResponse(event.request, applicationSchemaText(v.bundle), {
		etag: `"${v.hash}.schema"`,
		cacheControl: IMMUTABLE,
		contentType: 'application/schema+json; charset=utf-8'
	});
});
