import { todayInChina } from '$lib/domain/workdays/today';
import { reviewContext } from '$lib/review/context.server';
import { loadReview } from '$lib/review/review.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, params, url }) => {
	const ctx = await reviewContext(cookies);
	if (!ctx.actor) return { signedIn: false as const };
	const page = await loadReview(
		ctx.db,
		ctx.actor,
		ctx.locale,
		params.code,
		url.searchParams.get('against')
	);
	return { signedIn: true as const, me: ctx.me, page, today: todayInChina() };
};
