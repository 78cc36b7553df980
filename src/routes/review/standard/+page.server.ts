import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals }) => {
	const { user, services } = locals;
	if (!user) return { signedIn: false as const };
	return { signedIn: true as const, groups: await services.reviewDesk.standard(user) };
});
