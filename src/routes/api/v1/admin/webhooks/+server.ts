import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(endpoints.listWebhooks, async ({ services, user }) =>
	json(await services.notifications.webhooks(user()))
);

export const POST: RequestHandler = endpoint(
	endpoints.createWebhook,
	async ({ body, services, user }) =>
		json(await services.notifications.addWebhook(user(), body.url), { status: 201 })
);
