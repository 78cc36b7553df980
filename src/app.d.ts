// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/domain/i18n';
import type { Actor } from '$lib/server/auth/actor';
import type { Services } from '$lib/server/services';

declare global {
	namespace App {
		// interface Error {}
		/** Resolved once per request by the front door (src/lib/server/kit/front-door.ts). */
		interface Locals {
			/** pages: the UI language cookie; the API: the first Accept-Language preference */
			locale: Locale;
			/** the signed-in user (session cookie or bearer token), or null */
			user: Actor | null;
			/** the session token presented, if any (sign-out ends it) */
			token: string | null;
			/** the services, speaking `locale` */
			services: Services;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
