import { LOCALE_COOKIE, parseLocale } from '$lib/i18n';
import { actorFromToken } from '$lib/server/auth/login';
import { SESSION_COOKIE } from '$lib/server/http/route';
import { getRegistry, loginPolicy } from '$lib/server/instance';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ cookies, depends }) => {
	depends('banshi:session');
	const token = cookies.get(SESSION_COOKIE);
	let user: { username: string; displayName: string; role: string } | null = null;
	if (token) {
		const { db } = await getRegistry();
		const actor = await actorFromToken(db, token, loginPolicy());
		if (actor)
			user = { username: actor.username, displayName: actor.displayName, role: actor.role };
	}
	return { locale: parseLocale(cookies.get(LOCALE_COOKIE)), user };
};
