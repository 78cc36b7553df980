import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { expectQuery } from '$lib/server/http/fields';
import { pageInfo, parsePaging } from '$lib/server/http/paging';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, services }) => {
	const params = expectQuery(event.url, ['q', 'department', 'kind', 'limit', 'cursor', 'page']);
	const paging = parsePaging(params);
	const { items, total } = await services.portal.items({
		q: params.get('q')?.trim() || undefined,
		department: params.get('department') || undefined,
		kind: params.get('kind') || undefined,
		limit: paging.limit,
		offset: paging.offset
	});
	const body = JSON.stringify({ items, ...pageInfo(paging, total) });
	return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
});
