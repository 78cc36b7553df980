import { endpoint, json, noContent, SESSION_COOKIE } from '$lib/server/http/route';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { login, logout } from '$lib/server/auth/login';
import { loginPolicy } from '$lib/server/instance';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ event, locale, db }) => {
	const body = expectBody<{ username: string; password: string }>(
		await readJson(event.request, locale, 16 * 1024),
		{ username: { kind: 'string', required: true }, password: { kind: 'string', required: true } },
		locale
	);
	const result = await login(
		db,
		{ username: body.username, password: body.password, ip: event.getClientAddress(), locale },
		loginPolicy()
	);
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

export const DELETE: RequestHandler = endpoint(async ({ event, db, token }) => {
	if (token) await logout(db, token);
	event.cookies.delete(SESSION_COOKIE, { path: '/' });
	return noContent();
});
