// The wrapper every API endpoint uses: what the front door resolved (language, user, services), and
// the one place that turns thrown errors — typed, a database refusing the text, or unexpected — into
// problem+json answers.
import type { RequestEvent } from '@sveltejs/kit';
import { RequestError } from '../../api/problem';
import type { Locale } from '../../domain/i18n';
import type { Actor } from '../auth/actor';
import { signedIn } from '../auth/authorize';
import { isUnstorableText } from '../db/errors';
import { AppError, m } from '../errors';
import { problemBodyResponse, problemResponse } from '../http/problem';
import type { Services } from '../services';

export interface Ctx<E extends RequestEvent = RequestEvent> {
	event: E;
	locale: Locale;
	services: Services;
	/** the signed-in user, or null */
	actor: Actor | null;
	/** the signed-in user; 401 otherwise */
	user(): Actor;
}

export function endpoint<E extends RequestEvent = RequestEvent>(
	fn: (ctx: Ctx<E>) => Promise<Response>
): (event: E) => Promise<Response> {
	return async (event: E) => {
		const { locale, services, user } = event.locals;
		try {
			return await fn({ event, locale, services, actor: user, user: () => signedIn(user) });
		} catch (error) {
			return errorResponse(error, event);
		}
	};
}

export function errorResponse(error: unknown, event: RequestEvent): Response {
	const { locale } = event.locals;
	const path = event.url.pathname;
	if (error instanceof AppError) return problemResponse(error, locale, path);
	if (error instanceof RequestError) return problemBodyResponse(error.status, error.body(path));
	// Text PostgreSQL cannot store comes from the request: the client's error, not ours.
	if (isUnstorableText(error))
		return problemResponse(
			new AppError('bad-request', { slug: 'unstorable-text', detail: m('server.unstorableText') }),
			locale,
			path
		);
	console.error(`${event.request.method} ${path} failed:`, error);
	return problemResponse(new AppError('internal', { detail: m('server.internal') }), locale, path);
}
