import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { CURRENT, cachedResponse, etagOf } from '$lib/server/http/cache';
import { pageInfo, paging } from '$lib/server/http/paging';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.portalOneThings,
	async ({ event, query, services }) => {
		const page = paging(query);
		const { onethings, total } = await services.portal.oneThings({
			q: query.q?.trim() || undefined,
			department: query.department,
			limit: page.limit,
			offset: page.offset
		});
		const body = JSON.stringify({ onethings, ...pageInfo(page, total) });
		return cachedResponse(event.request, body, { etag: etagOf(body), cacheControl: CURRENT });
	}
);
