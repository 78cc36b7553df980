import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.getCommentDrafts,
	async ({ event, services, user }) =>
		json({ comments: await services.reviews.drafts(user(), Number(event.params.id)) })
);

export const PUT: RequestHandler = endpoint(
	endpoints.saveCommentDrafts,
	async ({ body, event, services, user }) =>
		json({
			comments: await services.reviews.saveDrafts(user(), Number(event.params.id), body.comments)
		})
);
