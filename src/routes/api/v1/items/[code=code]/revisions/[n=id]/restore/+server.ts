import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.restoreRevision,
	async ({ event, services, user, body }) => {
		const { code, n } = event.params;
		return json(await services.revisionHistory.restore(user(), code, Number(n), body), {
			status: 201
		});
	}
);
