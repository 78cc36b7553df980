import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = endpoint(
	endpoints.changeUser,
	async ({ body, event, services, user }) =>
		json(await services.users.update(user(), Number(event.params.id), body))
);
