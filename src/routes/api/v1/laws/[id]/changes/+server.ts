import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.recordLawChange,
	async ({ event, body, services, user }) =>
		json(await services.laws.recordChange(user(), event.params.id, body), { status: 201 })
);
