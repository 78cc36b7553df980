import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { IMMUTABLE, cachedResponse, matchesIfNoneMatch } from '$lib/server/http/cache';
import { validatorEtag, validatorModuleFor } from '$lib/portal/server/validator-cache';
import type { RequestHandler } from './$types';

// The version's precompiled validators as an ES module (ajv standalone), immutable like the bundle,
// so portals under a CSP without 'unsafe-eval' validate and decide without compiling anything.
export const GET: RequestHandler = endpoint(
	endpoints.portalValidator,
	async ({ event, services }) => {
		const v = await services.portal.version(event.params.code, Number(event.params.n));
		const etag = validatorEtag(v.hash);
		const source = matchesIfNoneMatch(event.request, etag)
			? ''
			: validatorModuleFor(v.bundle, v.hash);
		return cachedResponse(event.request, source, {
			etag,
			cacheControl: IMMUTABLE,
			contentType: 'text/javascript; charset=utf-8'
		});
	}
);
