import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(endpoints.archive, async ({ event, services, user }) =>
	json(await services.items.setArchived(user(), event.params.code, true))
);

export const DELETE: RequestHandler = endpoint(
	endpoints.unarchive,
	async ({ event, services, user }) =>
		json(await services.items.setArchived(user(), event.params.code, false))
);
