import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.retire,
	async ({ body, event, services, user }) =>
		json(await services.publishing.retire(user(), event.params.code, body))
);
