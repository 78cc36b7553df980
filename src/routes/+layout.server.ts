import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, depends }) => {
	depends('banshi:session');
	const { user, locale, services } = locals;
	return {
		locale,
		timeZone: await services.settings.timeZone(),
		unread: await services.notifications.unread(user),
		user: user && { username: user.username, displayName: user.displayName, role: user.role }
	};
};
