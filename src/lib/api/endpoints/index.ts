// Every endpoint of /api/v1, by name. Adding a route means adding its declaration here (the OpenAPI
// test fails until the document, which is generated from this table, lists it).
import { adminEndpoints } from './admin';
import type { Endpoint } from './endpoint';
import { oneThingEndpoints, portalOneThingEndpoints } from './onethings';
import { portalEndpoints } from './portal';
import { API_BASE, type Method, type RouteName } from './routes';
import { studioEndpoints } from './studio';

export * from './endpoint';
export * from './routes';

/** Every route declared, and nothing else. */
export const endpoints = {
	...studioEndpoints,
	...oneThingEndpoints,
	...adminEndpoints,
	...portalEndpoints,
	...portalOneThingEndpoints
} satisfies Record<RouteName, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

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
