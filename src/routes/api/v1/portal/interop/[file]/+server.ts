import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, IMMUTABLE, cachedResponse } from '$lib/server/http/cache';
import { kitFile, kitManifest, kitNotBuilt, noSuchKitFile } from '$lib/portal/server/interop';
import type { RequestHandler } from './$types';

// A module of the interop kit: immutable under its content-hashed name; under `<name>.v<N>.js` the
// newest build of that interface, which revalidates. Portals import it cross-origin (CORS: hooks).
export const GET: RequestHandler = endpoint(endpoints.portalInteropModule, async ({ event }) => {
	const manifest = kitManifest();
	if (!manifest) throw kitNotBuilt();
	const file = kitFile(event.params.file);
	if (!file) throw noSuchKitFile(event.params.file, manifest);
	return cachedResponse(event.request, file.body, {
		etag: file.etag,
		cacheControl: file.immutable ? IMMUTABLE : CURRENT,
		contentType: 'text/javascript; charset=utf-8'
	});
});
