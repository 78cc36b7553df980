import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { json, noContent } from '$lib/server/http/json';
import { SESSION_COOKIE } from '$lib/server/http/session';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ event, locale, services }) => {
	const body = expectBody<{ username: string; password: string }>(
		await readJson(event.request, locale, 16 * 1024),
		{ username: { kind: 'string', required: true }, password: { kind: 'string', required: true } }
	);
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
});

export const DELETE: RequestHandler = endpoint(async ({ event, services }) => {
	await services.session.signOut(event.locals.token);
	event.cookies.delete(SESSION_COOKIE, { path: '/' });
	return noContent();
});
