import { adminEndpoints } from '$lib/api/endpoints/admin';
import { parseBody } from '$lib/api/parse';
import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ services, user }) =>
	json(await services.calendar.overview(user()))
);

export const POST: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = parseBody(
		adminEndpoints.loadCalendarYear.body,
		await readJson(event.request, locale),
		locale
	);
	return json(await services.calendar.load(actor, body), { status: 201 });
});
