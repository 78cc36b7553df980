import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = endpoint(
	endpoints.changeDepartment,
	async ({ body, event, services, user }) =>
		json(await services.admin.changeDepartment(user(), event.params.code, body))
);
