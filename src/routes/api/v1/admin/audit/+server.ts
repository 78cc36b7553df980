import { endpoints } from '$lib/api/endpoints';
import { parseQuery } from '$lib/api/parse';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const query = parseQuery(endpoints.audit.query, event.url, locale);
	return json(await services.admin.audit(actor, query));
});
