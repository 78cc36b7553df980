import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { IMMUTABLE, cachedResponse } from '$lib/server/http/cache';
import type { RequestHandler } from './$types';

// The version's precompiled validators as an ES module (ajv standalone), generated when the version
// was published and stored with it: immutable like the bundle, so portals under a CSP without
// 'unsafe-eval' validate and decide without compiling anything.
export const GET: RequestHandler = endpoint(
	endpoints.portalValidator,
	async ({ event, services }) => {
		const { source, etag } = await services.portal.validator(
			event.params.code,
			Number(event.params.n)
		);
		return cachedResponse(event.request, source, {
			etag,
			cacheControl: IMMUTABLE,
			contentType: 'text/javascript; charset=utf-8'
		});
	}
);
