import { endpoint } from '$lib/server/kit/endpoint';
import { expectQuery, intParam } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, services, user }) => {
	const actor = user();
	const params = expectQuery(event.url, ['subject', 'limit']);
	const limit = intParam(params.get('limit'), 'limit', { min: 1, max: 500, fallback: 100 });
	const subject = params.get('subject') ?? undefined;
	return json({ entries: await services.admin.audit(actor, { subject, limit }) });
});
