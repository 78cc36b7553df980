import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.getRevision,
	async ({ event, services, user }) => {
		const { code, n } = event.params;
		return json(await services.revisionHistory.revision(user(), code, Number(n)));
	}
);
