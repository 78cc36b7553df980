import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { portalCsp } from '$lib/portal/csp';
import { getRegistry } from '$lib/server/instance';
import { localeOf } from '$lib/server/http/locale';
import { problem, problemResponse } from '$lib/server/http/problem';

// Open the database (and migrate) before the first request, so a broken configuration fails at
// start rather than on someone's first click.
export const init: ServerInit = async () => {
	await getRegistry();
};

const PORTAL = '/api/v1/portal';

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
	const isApi = path === '/api' || path.startsWith('/api/');
	const isPortal = path === PORTAL || path.startsWith(PORTAL + '/');

	if (isPortal && event.request.method === 'OPTIONS') {
		return new Response(null, {
			status: 204,
			headers: {
				...CORS,
				'access-control-allow-methods': 'GET, HEAD, OPTIONS',
				'access-control-allow-headers': 'If-None-Match, Accept, Accept-Language'
			}
		});
	}

	let response = await resolve(event);

	if (isApi) {
		const type = response.headers.get('content-type') ?? '';
		// Unknown API paths and methods answer in the API's own error format, not an HTML page.
		if ((response.status === 404 || response.status === 405) && !/json/.test(type)) {
			const locale = localeOf(event.request);
			const p =
				response.status === 404
					? problem(locale, 404, 'not-found', ['未找到', 'Not found'], {
							detail: [`没有接口 ${path}。`, `There is no endpoint ${path}.`]
						})
					: problem(locale, 405, 'method-not-allowed', ['不支持的请求方法', 'Method not allowed'], {
							detail: [
								`接口 ${path} 不支持 ${event.request.method}。`,
								`${event.request.method} is not supported on ${path}.`
							],
							headers: { allow: response.headers.get('allow') ?? '' }
						});
			response = problemResponse(p, path);
		}
		response = withHeaders(response, { 'x-content-type-options': 'nosniff' });
	}
	if (isPortal) response = withHeaders(response, CORS);
	return response;
};

export const handle = sequence(portalCsp, api);
