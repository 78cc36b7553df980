import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = endpoint(
	endpoints.deleteWebhook,
	async ({ event, services, user }) => {
		await services.notifications.removeWebhook(user(), Number(event.params.id));
		return new Response(null, { status: 204 });
	}
);
