import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// the items' retirement, for a one-thing
export const POST: RequestHandler = endpoint(
	endpoints.retireOneThing,
	async ({ body, event, services, user }) =>
		json(await services.publishing.retire(user(), event.params.code, body, 'onething'))
);
