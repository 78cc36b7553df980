import { portalEndpoints } from '$lib/api/endpoints/portal';
import { parseBody } from '$lib/api/parse';
import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// The window's decision on the server: the version in force on the date, decided with the holiday
// calendar in force (built-in, override and loaded years), so a deadline made provisional before a
// year was loaded comes out final once it is.
export const POST: RequestHandler = endpoint(async ({ event, locale, services }) => {
	const body = parseBody(
		portalEndpoints.portalDecide.body,
		await readJson(event.request, locale),
		locale
	);
	return json(await services.portal.decide(event.params.code, body));
});
