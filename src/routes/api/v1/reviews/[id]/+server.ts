import { endpoint, json } from '$lib/server/http/route';
import { notFound } from '$lib/server/http/problem';
import { getReview } from '$lib/server/db/reviews';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	await user();
	const { id } = event.params;
	const review = /^[1-9]\d{0,8}$/.test(id) ? await getReview(db, Number(id)) : undefined;
	if (!review) throw notFound(locale, [`审核单 ${id} 不存在。`, `Review ${id} does not exist.`]);
	return json(review);
});
