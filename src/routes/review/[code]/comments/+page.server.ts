import { loadComments } from '$lib/review/comments.server';
import { reviewContext } from '$lib/review/context.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, params }) => {
	const ctx = await reviewContext(cookies);
	if (!ctx.actor) return { signedIn: false as const };
	return { signedIn: true as const, page: await loadComments(ctx.db, params.code) };
};
