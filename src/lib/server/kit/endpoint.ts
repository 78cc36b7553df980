// The wrapper every API endpoint uses. It names the endpoint's declaration in src/lib/api, so the
// body and query a handler receives are the ones the declaration describes, typed from it and checked
// against it at run time (one schema, not a type here and a check there). It hands over what the
// front door resolved (language, user, services), and it is the one place that turns thrown
// errors — typed, a database refusing the text, or unexpected — into problem+json answers.
import type { RequestEvent } from '@sveltejs/kit';
import type { Static, TObject, TSchema } from 'typebox';
import type { Endpoint } from '../../api/endpoints';
import { parseBody, parseQuery } from '../../api/parse';
import { RequestError } from '../../api/problem';
import type { Locale } from '../../domain/i18n';
import type { Actor } from '../auth/actor';
import { signedIn } from '../auth/authorize';
import { isUnstorableText } from '../db/errors';
import { AppError, m } from '../errors';
import { readJson, readOptionalJson } from '../http/body';
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

/** The request body as declared; undefined for an endpoint that declares none. */
export type BodyOf<D> = D extends { body: infer S extends TSchema } ? Static<S> : undefined;
/** The query as declared (defaults filled in); undefined for an endpoint that declares none. */
export type QueryOf<D> = D extends { query: infer Q extends TObject } ? Static<Q> : undefined;

export type DeclaredCtx<D, E extends RequestEvent = RequestEvent> = Ctx<E> & {
	body: BodyOf<D>;
	query: QueryOf<D>;
};

async function readBody(declaration: Endpoint, event: RequestEvent): Promise<unknown> {
	const { request, locals } = event;
	const limit = declaration.maxBodyBytes;
	return declaration.bodyRequired === false
		? readOptionalJson(request, locals.locale, limit)
		: readJson(request, locals.locale, limit);
}

export function endpoint<const D extends Endpoint, E extends RequestEvent = RequestEvent>(
	declaration: D,
	fn: (ctx: DeclaredCtx<D, E>) => Promise<Response>
): (event: E) => Promise<Response> {
	return async (event: E) => {
		const { locale, services, user } = event.locals;
		try {
			// Who asks comes before what is asked: without the session the endpoint needs, the answer
			// is 401 before its body or query is read. (Sign-out reads neither and decides itself, so
			// an expired session can still be ended.)
			const reads = declaration.body !== undefined || declaration.query !== undefined;
			if (reads && declaration.auth === 'session') signedIn(user);
			const query = declaration.query && parseQuery(declaration.query, event.url, locale);
			const body =
				declaration.body && parseBody(declaration.body, await readBody(declaration, event), locale);
			return await fn({
				event,
				locale,
				services,
				actor: user,
				user: () => signedIn(user),
				body: body as BodyOf<D>,
				query: query as QueryOf<D>
			});
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
