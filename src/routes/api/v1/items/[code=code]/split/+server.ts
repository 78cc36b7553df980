import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.splitItem,
	async ({ body, event, services, user }) =>
		json(await services.lineage.split(user(), event.params.code, body), { status: 201 })
);
