import { error } from '@sveltejs/kit';
import { cachedResponse } from '$lib/server/http/cache';
import { vendorFile } from '$lib/portal/server/interop';
import type { RequestHandler } from './$types';

// React, @rjsf/core and Ajv as ES modules for static/rjsf-example.html, which shows the portal
// recipe on this server and cannot reach a CDN. A portal uses its own copies.
export const GET: RequestHandler = async ({ request, params }) => {
	const file = vendorFile(params.file);
	if (!file) error(404, 'not found (npm run build:interop builds the example’s modules)');
	return cachedResponse(request, file.body, {
		etag: file.etag,
		cacheControl: 'no-cache',
		contentType: 'text/javascript; charset=utf-8'
	});
};
