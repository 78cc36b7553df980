import { can } from '$lib/domain/workflow';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals, depends }) => {
	depends('banshi:notifications');
	const { user, services } = locals;
	if (!user) return { signedIn: false as const };
	const list = await services.notifications.list(user);
	const hooks = can(user, 'manage-settings').allowed
		? (await services.notifications.webhooks(user)).webhooks
		: null;
	return { signedIn: true as const, list, hooks };
});
