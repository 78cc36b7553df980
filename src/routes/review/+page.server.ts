import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals, url }) => {
	const { user, services } = locals;
	if (!user) return { signedIn: false as const };
	const filter = {
		department: url.searchParams.get('department') || undefined,
		kind: url.searchParams.get('kind') || undefined
	};
	const queue = await services.reviewDesk.queue(user, filter);
	return {
		signedIn: true as const,
		me: { username: user.username, role: user.role },
		queue,
		filter
	};
});
