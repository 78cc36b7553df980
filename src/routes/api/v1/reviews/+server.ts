import { endpoint } from '$lib/server/kit/endpoint';
import { expectQuery, oneOf } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import { REVIEW_STATES } from '$lib/domain/workflow';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, services, user }) => {
	const actor = user();
	const state = oneOf(expectQuery(event.url, ['state']).get('state'), 'state', REVIEW_STATES);
	return json({ reviews: await services.reviews.list(actor, state) });
});
