import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = endpoint(
	endpoints.putSettings,
	async ({ body, services, user }) => json(await services.settings.save(user(), body))
);
