import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { kitManifest, kitNotBuilt, publishedManifest } from '$lib/portal/server/interop';
import type { RequestHandler } from './$types';

// Where the interop kit's modules are: both names of each, its SRI integrity and its size. Changes
// with a release, so it revalidates; the hashed module URLs it lists never change.
export const GET: RequestHandler = endpoint(endpoints.portalInterop, async ({ event }) => {
	const manifest = kitManifest();
	if (!manifest) throw kitNotBuilt();
	const body = JSON.stringify(publishedManifest(manifest));
	return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
});
