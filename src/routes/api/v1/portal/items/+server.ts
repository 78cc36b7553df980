import { endpoint } from '$lib/server/http/route';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { expectQuery } from '$lib/server/http/fields';
import { pageInfo, parsePaging } from '$lib/server/http/paging';
import { portalItems } from '$lib/server/registry/portal';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, db }) => {
	const params = expectQuery(
		event.url,
		['q', 'department', 'kind', 'limit', 'cursor', 'page'],
		locale
	);
	const paging = parsePaging(params, locale);
	const { items, total } = await portalItems(db, {
		q: params.get('q')?.trim() || undefined,
		department: params.get('department') || undefined,
		kind: params.get('kind') || undefined,
		limit: paging.limit,
		offset: paging.offset
	});
	const body = JSON.stringify({ items, ...pageInfo(paging, total) });
	return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
});
