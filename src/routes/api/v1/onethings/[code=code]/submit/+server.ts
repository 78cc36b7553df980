import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// The body declares no fields (Submission): the current revision is submitted.
export const POST: RequestHandler = endpoint(
	endpoints.submitOneThing,
	async ({ event, services, user }) =>
		json(await services.onethings.submit(user(), event.params.code), { status: 201 })
);
