import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// The window's decision on the server: the version in force on the date, decided with the holiday
// calendar in force (built-in, override and loaded years), so a deadline made provisional before a
// year was loaded comes out final once it is.
export const POST: RequestHandler = endpoint(
	endpoints.portalDecide,
	async ({ body, event, services }) => json(await services.portal.decide(event.params.code, body))
);
