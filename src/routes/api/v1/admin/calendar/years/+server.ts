import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(endpoints.calendarYears, async ({ services, user }) =>
	json(await services.calendar.overview(user()))
);

export const POST: RequestHandler = endpoint(
	endpoints.loadCalendarYear,
	async ({ body, services, user }) =>
		json(await services.calendar.load(user(), body), { status: 201 })
);
