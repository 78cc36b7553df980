import { CURRENT, IMMUTABLE, cachedResponse } from '$lib/server/http/cache';
import { localeOf } from '$lib/server/http/locale';
import { problemResponse } from '$lib/server/http/problem';
import { kitFile, kitManifest, kitNotBuilt, noSuchKitFile } from '$lib/portal/server/interop';
import type { RequestHandler } from './$types';

// A module of the interop kit: immutable under its content-hashed name; under `<name>.v<N>.js` the
// newest build of that interface, which revalidates. Portals import it cross-origin (CORS: hooks).
export const GET: RequestHandler = async ({ request, params, url }) => {
	const locale = localeOf(request);
	const manifest = kitManifest();
	if (!manifest) return problemResponse(kitNotBuilt(locale), url.pathname);
	const file = kitFile(params.file);
	if (!file) return problemResponse(noSuchKitFile(locale, params.file, manifest), url.pathname);
	return cachedResponse(request, file.body, {
		etag: file.etag,
		cacheControl: file.immutable ? IMMUTABLE : CURRENT,
		contentType: 'text/javascript; charset=utf-8'
	});
};
