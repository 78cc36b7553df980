import { todayInChina } from '$lib/domain/workdays/today';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals, params, url }) => {
	const { user, services } = locals;
	if (!user) return { signedIn: false as const };
	const review = await services.reviewDesk.page(user, params.code, url.searchParams.get('against'));
	return {
		signedIn: true as const,
		me: { username: user.username, role: user.role },
		page: review,
		today: todayInChina()
	};
});
