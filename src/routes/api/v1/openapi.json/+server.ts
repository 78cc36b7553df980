import { openapi } from '$lib/server/openapi';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import type { RequestHandler } from './$types';

const body = JSON.stringify(openapi);
const etag = etagOf(body);

export const GET: RequestHandler = ({ request }) =>
	cachedResponse(request, body, { etag, cacheControl: CURRENT });
