import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// The body declares no fields: every item the change affects is handled.
export const POST: RequestHandler = endpoint(
	endpoints.applyLawChange,
	async ({ event, services, user }) =>
		json(await services.laws.apply(user(), event.params.id, Number(event.params.change)))
);
