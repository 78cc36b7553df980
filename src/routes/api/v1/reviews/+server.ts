import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.listReviews,
	async ({ query, services, user }) =>
		json({ reviews: await services.reviews.list(user(), query.state) })
);
