import { endpoints } from '$lib/api/endpoints';
import { parseBody } from '$lib/api/parse';
import { endpoint } from '$lib/server/kit/endpoint';
import { readOptionalJson } from '$lib/server/http/body';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const raw = await readOptionalJson(event.request, locale);
	const body = parseBody(endpoints.markNotificationsRead.body, raw ?? {}, locale);
	return json(await services.notifications.markRead(actor, body.ids));
});
