import { adminEndpoints } from '$lib/api/endpoints/admin';
import { parseBody } from '$lib/api/parse';
import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// Reading the pasted notice for the administrator to confirm: nothing is stored here.
export const POST: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = parseBody(
		adminEndpoints.previewNotice.body,
		await readJson(event.request, locale),
		locale
	);
	return json(await services.calendar.preview(actor, body));
});
