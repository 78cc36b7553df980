import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { portalCsp } from '$lib/portal/csp';
import { AppError, m } from '$lib/server/errors';
import { problemResponse } from '$lib/server/http/problem';
import { servicesIn, StartRefused, startServer } from '$lib/server/instance';
import { connectPageStore, fastPath, installNodeFastPath } from '$lib/server/kit/fast-path';
import { frontDoor, isApiPath, isPortalApiPath } from '$lib/server/kit/front-door';

// Immutable portal resources already served once are answered ahead of SvelteKit by the server
// start (scripts/serve.js), and ahead of every other step here (`fastPath`).
installNodeFastPath();
// Kept guide pages are answered while the database says nothing they show has changed.
connectPageStore(async () => (await servicesIn('zh-CN')).portal.pageStamp());

// Open the database (and migrate) before the first request, so a broken configuration fails at
// start rather than on someone's first click.
export const init: ServerInit = async () => {
	try {
		await startServer();
	} catch (error) {
		if (!(error instanceof StartRefused)) throw error;
		// A refusal is the operator's to fix, not a crash: its message, no stack trace.
		console.error(error.message);
		process.exit(1);
	}
};

const CORS: Record<string, string> = {
	'access-control-allow-origin': '*',
	'access-control-expose-headers': 'ETag, Content-Location, X-Banshi-Version, Retry-After',
	'access-control-max-age': '86400'
};

function withHeaders(response: Response, headers: Record<string, string>): Response {
	// Responses from fetch-like sources can have immutable headers; copy when needed.
	try {
		for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		for (const [k, v] of Object.entries(headers)) copy.headers.set(k, v);
		return copy;
	}
}

const api: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	const isApi = isApiPath(path);
	const isPortal = isPortalApiPath(path);

	if (isPortal && event.request.method === 'OPTIONS') {
		return new Response(null, {
			status: 204,
			headers: {
				...CORS,
				// POST: the decide and intake endpoints, for window software and portals elsewhere
				'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
				'access-control-allow-headers': 'If-None-Match, Accept, Accept-Language, Content-Type'
			}
		});
	}

	let response = await resolve(event);

	if (isApi) {
		const type = response.headers.get('content-type') ?? '';
		// Unknown API paths and methods answer in the API's own error format, not an HTML page.
		if ((response.status === 404 || response.status === 405) && !/json/.test(type)) {
			const { locale } = event.locals;
			const method = event.request.method;
			response =
				response.status === 404
					? problemResponse(
							new AppError('not-found', { detail: m('server.api.noEndpoint', { path }) }),
							locale,
							path
						)
					: problemResponse(
							new AppError('method-not-allowed', {
								detail: m('server.api.methodNotAllowed', { path, method })
							}),
							locale,
							path,
							{ allow: response.headers.get('allow') ?? '' }
						);
		}
		response = withHeaders(response, { 'x-content-type-options': 'nosniff' });
	}
	if (isPortal) response = withHeaders(response, CORS);
	return response;
};

export const handle = sequence(fastPath, frontDoor, portalCsp, api);
