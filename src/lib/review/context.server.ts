// Who is asking, in which language, against which registry — for the review pages' loads and
// actions, read from the same session cookie the API uses.
import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/domain/i18n';
import { LOCALE_COOKIE, parseLocale } from '$lib/i18n';
import { actorFromToken } from '$lib/server/auth/login';
import type { Actor } from '$lib/server/auth/actor';
import type { Database } from '$lib/server/db/schema';
import { SESSION_COOKIE } from '$lib/server/http/route';
import { getRegistry, loginPolicy } from '$lib/server/instance';
import type { Me } from './types';

export interface ReviewCtx {
	db: Kysely<Database>;
	locale: Locale;
	actor: Actor | null;
	me: Me | null;
}

export async function reviewContext(cookies: Cookies): Promise<ReviewCtx> {
	const { db } = await getRegistry();
	const locale = parseLocale(cookies.get(LOCALE_COOKIE));
	const token = cookies.get(SESSION_COOKIE);
	const actor = token ? ((await actorFromToken(db, token, loginPolicy())) ?? null) : null;
	return {
		db,
		locale,
		actor,
		me: actor ? { username: actor.username, role: actor.role } : null
	};
}
