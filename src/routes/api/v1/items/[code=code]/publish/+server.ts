import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.publish,
	async ({ body, event, services, user }) => {
		const result = await services.publishing.publish(user(), event.params.code, body);
		return json(result, { status: 201 });
	}
);
