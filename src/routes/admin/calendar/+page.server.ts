import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals, depends }) => {
	depends('banshi:calendar');
	const { user, services } = locals;
	if (!user) return { signedIn: false as const };
	return { signedIn: true as const, overview: await services.calendar.overview(user) };
});
