import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// One verdict for a one-thing application: the version in force on the date, each member decided on
// its slice with the holiday calendar in force.
export const POST: RequestHandler = endpoint(
	endpoints.portalOneThingDecide,
	async ({ body, event, services }) =>
		json(await services.portal.decideOneThing(event.params.code, body))
);
