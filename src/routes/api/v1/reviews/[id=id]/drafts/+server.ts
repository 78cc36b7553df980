import { endpoints } from '$lib/api/endpoints';
import { parseBody } from '$lib/api/parse';
import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, services, user }) => {
	const comments = await services.reviews.drafts(user(), Number(event.params.id));
	return json({ comments });
});

export const PUT: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = parseBody(
		endpoints.saveCommentDrafts.body,
		await readJson(event.request, locale),
		locale
	);
	const comments = await services.reviews.saveDrafts(actor, Number(event.params.id), body.comments);
	return json({ comments });
});
