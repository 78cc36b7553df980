import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.getOneThing,
	async ({ event, services, user }) =>
		json(await services.onethings.detail(user(), event.params.code))
);
