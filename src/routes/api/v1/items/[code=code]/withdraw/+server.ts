import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// No body: the pending submission of the item is withdrawn.
export const POST: RequestHandler = endpoint(
	endpoints.withdraw,
	async ({ event, services, user }) =>
		json(await services.items.withdraw(user(), event.params.code))
);
