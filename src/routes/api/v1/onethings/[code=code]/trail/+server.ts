import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.oneThingTrail,
	async ({ event, services, user }) =>
		json(await services.onethings.trail(user(), event.params.code))
);
