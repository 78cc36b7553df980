import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals, params }) => {
	const { user, services } = locals;
	if (!user) return { signedIn: false as const };
	return { signedIn: true as const, page: await services.reviewDesk.comments(user, params.code) };
});
