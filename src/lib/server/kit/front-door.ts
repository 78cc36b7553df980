// The one front door: each request's language, signed-in user and services are resolved here, once,
// and put on event.locals; loads and endpoints read them from there and never look them up again.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { parseLocale, type Locale } from '../../domain/i18n';
import { LOCALE_COOKIE } from '../../i18n';
import { AppError, m } from '../errors';
import { localeOf } from '../http/locale';
import { forgedOrigin, trustedOrigins } from '../http/origin';
import { problemResponse } from '../http/problem';
import { sessionToken } from '../http/session';
import { servicesIn } from '../instance';

export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

export const PORTAL_API = '/api/v1/portal';
export const isPortalApiPath = (path: string) =>
	path === PORTAL_API || path.startsWith(PORTAL_API + '/');

/**
 * Pages speak the language chosen in the UI (its cookie); the API answers in the client's first
 * Accept-Language preference, as other systems expect of an HTTP API.
 */
function localeFor(event: RequestEvent): Locale {
	return isApiPath(event.url.pathname)
		? localeOf(event.request)
		: parseLocale(event.cookies.get(LOCALE_COOKIE));
}

const TRUSTED_ORIGINS = trustedOrigins();

/** Pages may be framed by this site only (clickjacking): CSP for current browsers, X-Frame-Options
 * for old ones. The portal's own policy already says `frame-ancestors 'self'`. */
function withoutFraming(response: Response): Response {
	if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
	const set = (headers: Headers) => {
		headers.set('x-frame-options', 'SAMEORIGIN');
		if (!headers.has('content-security-policy'))
			headers.set('content-security-policy', "frame-ancestors 'self'");
	};
	try {
		set(response.headers);
		return response;
	} catch {
		// a response with immutable headers (from fetch): copy it
		const copy = new Response(response.body, response);
		set(copy.headers);
		return copy;
	}
}

export const frontDoor: Handle = async ({ event, resolve }) => {
	const locale = localeFor(event);
	const { headers, method } = event.request;
	// The portal API is public and sessionless, so a forged request gains nothing there; widget
	// hosts on other origins post checked applications to the intake endpoint.
	const forged = isPortalApiPath(event.url.pathname)
		? null
		: forgedOrigin({
				method,
				origin: headers.get('origin'),
				fetchSite: headers.get('sec-fetch-site'),
				own: event.url.origin,
				trusted: TRUSTED_ORIGINS
			});
	if (forged !== null)
		return problemResponse(
			new AppError('forbidden', {
				slug: 'cross-origin',
				detail: m('server.origin.refused', { origin: forged })
			}),
			locale,
			event.url.pathname
		);
	const services = await servicesIn(locale);
	// The portal API is public and served to everyone alike: no session is looked at there.
	const token = isPortalApiPath(event.url.pathname)
		? null
		: sessionToken(event.request, event.cookies);
	event.locals.locale = locale;
	event.locals.services = services;
	event.locals.token = token;
	event.locals.user = token ? await services.session.userOf(token) : null;
	return withoutFraming(await resolve(event));
};
