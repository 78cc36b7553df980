import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.saveCheckpoint,
	async ({ event, services, user, body }) =>
		json(await services.revisionHistory.checkpoint(user(), event.params.code, body), {
			status: 201
		})
);
