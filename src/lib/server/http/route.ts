// The wrapper every API endpoint uses: locale, the signed-in user (cookie or bearer token), and one
// place that turns thrown problems — and anything unexpected — into problem+json responses.
import type { RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import type { Actor } from '../auth/actor';
import { requireActor } from '../auth/access';
import { actorFromToken } from '../auth/login';
import type { Database } from '../db/schema';
import { isUnstorableText } from '../db/errors';
import { getRegistry, loginPolicy } from '../instance';
import { localeOf } from './locale';
import { HttpProblem, problem, problemResponse } from './problem';

export const SESSION_COOKIE = 'banshi_session';

export interface Ctx<E extends RequestEvent = RequestEvent> {
	event: E;
	locale: Locale;
	db: Kysely<Database>;
	/** the session token presented, if any */
	token: string | null;
	/** the signed-in user or null */
	actor(): Promise<Actor | null>;
	/** the signed-in user; 401 otherwise */
	user(): Promise<Actor>;
}

function tokenOf(event: RequestEvent): string | null {
	const auth = event.request.headers.get('authorization');
	if (auth && /^bearer\s+/i.test(auth)) return auth.replace(/^bearer\s+/i, '').trim() || null;
	return event.cookies.get(SESSION_COOKIE) ?? null;
}

export function endpoint<E extends RequestEvent = RequestEvent>(
	fn: (ctx: Ctx<E>) => Promise<Response>
): (event: E) => Promise<Response> {
	return async (event: E) => {
		const locale = localeOf(event.request);
		try {
			const { db } = await getRegistry();
			const token = tokenOf(event);
			let cached: Promise<Actor | null> | undefined;
			const actor = () =>
				(cached ??= token
					? actorFromToken(db, token, loginPolicy()).then((a) => a ?? null)
					: Promise.resolve(null));
			const ctx: Ctx<E> = {
				event,
				locale,
				db,
				token,
				actor,
				user: async () => requireActor(await actor(), locale)
			};
			return await fn(ctx);
		} catch (error) {
			if (error instanceof HttpProblem) return problemResponse(error, event.url.pathname);
			if (isUnstorableText(error))
				return problemResponse(
					problem(locale, 400, 'unstorable-text', ['文本含有无法保存的字符', 'Unstorable text'], {
						detail: [
							'请求中含有空字符（U+0000）或不成对的代理项，未保存。',
							'The request contains a NUL character (U+0000) or an unpaired surrogate; nothing was saved.'
						]
					}),
					event.url.pathname
				);
			console.error(`${event.request.method} ${event.url.pathname} failed:`, error);
			return problemResponse(
				problem(locale, 500, 'internal', ['服务器内部错误', 'Internal server error'], {
					detail: [
						'请求未能完成，已记录错误。',
						'The request could not be completed; the error was logged.'
					]
				}),
				event.url.pathname
			);
		}
	};
}

export function json(
	data: unknown,
	init: { status?: number; headers?: Record<string, string> } = {}
): Response {
	return new Response(JSON.stringify(data), {
		status: init.status ?? 200,
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'no-store',
			...init.headers
		}
	});
}

export function noContent(): Response {
	return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
