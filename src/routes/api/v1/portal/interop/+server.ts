import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { localeOf } from '$lib/server/http/locale';
import { problemResponse } from '$lib/server/http/problem';
import { kitManifest, kitNotBuilt, publishedManifest } from '$lib/portal/server/interop';
import type { RequestHandler } from './$types';

// Where the interop kit's modules are: both names of each, its SRI integrity and its size. Changes
// with a release, so it revalidates; the hashed module URLs it lists never change.
export const GET: RequestHandler = async ({ request, url }) => {
	const manifest = kitManifest();
	if (!manifest) return problemResponse(kitNotBuilt(localeOf(request)), url.pathname);
	const body = JSON.stringify(publishedManifest(manifest));
	return cachedResponse(request, body, { etag: etagOf(body), cacheControl: CURRENT });
};
