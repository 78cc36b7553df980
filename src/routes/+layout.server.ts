import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, depends, url }) => {
	depends('banshi:session');
	depends('banshi:calendar');
	const { user, locale, services } = locals;
	// staff screens warn while a holiday schedule they rely on is missing (from 1 November: next
	// year's); the public portal does not, its deadlines say so themselves
	const staff = user && !url.pathname.startsWith('/portal');
	const [calendarWarning, timeZone, unread, checks] = await Promise.all([
		staff ? services.calendar.warning(user) : null,
		services.settings.timeZone(),
		services.notifications.unread(user),
		// the designer checks with the deployment's settings, as the publish gate will
		staff ? services.settings.checks() : null
	]);
	return {
		locale,
		timeZone,
		unread,
		user: user && { username: user.username, displayName: user.displayName, role: user.role },
		calendarWarning,
		checks
	};
};
