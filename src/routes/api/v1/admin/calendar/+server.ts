import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ services, user }) =>
	json({ override: await services.admin.calendar(user()) })
);

export const PUT: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const data = await readJson(event.request, locale);
	return json(await services.admin.putCalendar(actor, data));
});
