import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(endpoints.getCalendar, async ({ services, user }) =>
	json({ override: await services.admin.calendar(user()) })
);

export const PUT: RequestHandler = endpoint(
	endpoints.putCalendar,
	async ({ body, services, user }) => json(await services.admin.putCalendar(user(), body))
);
