import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = endpoint(
	endpoints.saveOneThingDraft,
	async ({ body, event, services, user }) =>
		json(await services.onethings.saveDraft(user(), event.params.code, body))
);
