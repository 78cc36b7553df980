import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.listRevisions,
	async ({ event, services, user }) => {
		const { code } = event.params;
		return json({ code, revisions: await services.revisionHistory.revisions(user(), code) });
	}
);
