// Every endpoint of /api/v1, by name. Adding a route means adding its declaration here (the OpenAPI
// test fails until the document, which is generated from this table, lists it).
import { adminEndpoints } from './admin';
import type { Endpoint, Method } from './endpoint';
import { portalEndpoints } from './portal';
import { studioEndpoints } from './studio';

export * from './endpoint';

export const API_BASE = '/api/v1';

export const endpoints = { ...studioEndpoints, ...adminEndpoints, ...portalEndpoints };

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

/** The path of an endpoint with its parameters filled in (each encoded as one path segment). */
export function pathOf(e: Endpoint, params: Record<string, string | number> = {}): string {
	return (
		API_BASE +
		e.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])))
	);
}

const matchers = Object.values(endpoints as Record<string, Endpoint>).map((e) => ({
	endpoint: e,
	pattern: new RegExp(
		'^' + API_BASE + e.path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+') + '$'
	)
}));

/** The declaration answering `method pathname`, if any. */
export function findEndpoint(method: string, pathname: string): Endpoint | undefined {
	const m = method.toUpperCase() as Method;
	return matchers.find((x) => x.endpoint.method === m && x.pattern.test(pathname))?.endpoint;
}
