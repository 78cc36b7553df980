import { reviewContext } from '$lib/review/context.server';
import { loadQueue } from '$lib/review/queue.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, url }) => {
	const ctx = await reviewContext(cookies);
	if (!ctx.actor) return { signedIn: false as const };
	const filter = {
		department: url.searchParams.get('department') || undefined,
		kind: url.searchParams.get('kind') || undefined
	};
	const queue = await loadQueue(ctx.db, ctx.locale, filter);
	return { signedIn: true as const, me: ctx.me, queue, filter };
};
