import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json, noContent } from '$lib/server/http/json';
import { SESSION_COOKIE } from '$lib/server/http/session';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.signIn,
	async ({ body, event, services }) => {
		const result = await services.session.signIn({ ...body, ip: event.getClientAddress() });
		event.cookies.set(SESSION_COOKIE, result.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: event.url.protocol === 'https:',
			expires: result.expiresAt
		});
		return json(
			{ token: result.token, expiresAt: result.expiresAt.toISOString(), user: result.actor },
			{ status: 201 }
		);
	}
);

// No session needed: an expired or unknown one is ended all the same (its cookie is cleared).
export const DELETE: RequestHandler = endpoint(endpoints.signOut, async ({ event, services }) => {
	await services.session.signOut(event.locals.token);
	event.cookies.delete(SESSION_COOKIE, { path: '/' });
	return noContent();
});
