import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// No body: the pending submission of the one-thing is withdrawn.
export const POST: RequestHandler = endpoint(
	endpoints.withdrawOneThing,
	async ({ event, services, user }) =>
		json(await services.onethings.withdraw(user(), event.params.code))
);
