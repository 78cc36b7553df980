import { endpoint } from '$lib/server/http/route';
import { IMMUTABLE, cachedResponse, matchesIfNoneMatch } from '$lib/server/http/cache';
import { expectQuery } from '$lib/server/http/fields';
import { versionNumber } from '$lib/server/http/portal-route';
import { portalVersion } from '$lib/server/registry/portal';
import { validatorEtag, validatorModuleFor } from '$lib/portal/server/validator-cache';
import type { RequestHandler } from './$types';

// The version's precompiled validators as an ES module (ajv standalone), immutable like the bundle,
// so portals under a CSP without 'unsafe-eval' validate and decide without compiling anything.
export const GET: RequestHandler = endpoint(async ({ event, locale, db }) => {
	expectQuery(event.url, [], locale);
	const { code } = event.params;
	const v = await portalVersion(db, code, versionNumber(event.params.n, code, locale), locale);
	const etag = validatorEtag(v.hash);
	const source = matchesIfNoneMatch(event.request, etag)
		? ''
		: validatorModuleFor(v.bundle, v.hash);
	return cachedResponse(event.request, source, {
		etag,
		cacheControl: IMMUTABLE,
		contentType: 'text/javascript; charset=utf-8'
	});
});
