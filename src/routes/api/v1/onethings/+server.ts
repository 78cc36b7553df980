import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import { pageInfo, paging } from '$lib/server/http/paging';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.listOneThings,
	async ({ query, services, user }) => {
		const page = paging(query);
		const { onethings, total } = await services.onethings.list(user(), {
			department: query.department,
			status: query.status,
			q: query.q?.trim() || undefined,
			archived: query.archived,
			limit: page.limit,
			offset: page.offset
		});
		return json({ onethings, ...pageInfo(page, total) });
	}
);

export const POST: RequestHandler = endpoint(
	endpoints.createOneThing,
	async ({ body, services, user }) => {
		const detail = await services.onethings.create(user(), body);
		return json(detail, {
			status: 201,
			headers: { location: `/api/v1/onethings/${encodeURIComponent(detail.code)}` }
		});
	}
);
