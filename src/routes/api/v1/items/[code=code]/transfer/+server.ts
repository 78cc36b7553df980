import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.transferItem,
	async ({ body, event, services, user }) =>
		json(await services.lineage.transfer(user(), event.params.code, body))
);
