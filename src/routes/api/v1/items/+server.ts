import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import { pageInfo, paging } from '$lib/server/http/paging';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.listItems,
	async ({ query, services, user }) => {
		const page = paging(query);
		const { items, total } = await services.items.list(user(), {
			department: query.department,
			kind: query.kind,
			status: query.status,
			q: query.q?.trim() || undefined,
			limit: page.limit,
			offset: page.offset
		});
		return json({ items, ...pageInfo(page, total) });
	}
);

export const POST: RequestHandler = endpoint(
	endpoints.createItem,
	async ({ body, services, user }) => {
		const detail = await services.items.create(user(), body);
		return json(detail, {
			status: 201,
			headers: { location: `/api/v1/items/${encodeURIComponent(detail.code)}` }
		});
	}
);
