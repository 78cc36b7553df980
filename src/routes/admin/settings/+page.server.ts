import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals, depends }) => {
	depends('banshi:settings');
	const { user, services } = locals;
	if (!user) return { signedIn: false as const };
	// history first: it refuses anyone who may not manage the settings
	const history = await services.settings.history(user);
	return { signedIn: true as const, history, current: await services.settings.current() };
});
