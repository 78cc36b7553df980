// The OpenAPI 3.1 description of /api/v1, generated from the declarations in src/lib/api: the
// paths from the endpoint table, the schemas from the same TypeBox declarations the client is
// typed by and the server checks requests with. A test compares its paths and methods with the
// route files, so an endpoint cannot be added or removed without its declaration following.
import { endpoints, type Endpoint } from '../api/endpoints';
import { components } from './openapi-parts/components';
import { operation } from './openapi-parts/helpers';
import { namedSchemas, type Json } from './openapi-parts/schemas';

const declared = Object.entries(endpoints as Record<string, Endpoint>);
const names = namedSchemas(declared.map(([, e]) => e));

function paths(): Record<string, Json> {
	const out: Record<string, Json> = {};
	for (const [name, e] of declared)
		(out[e.path] ??= {})[e.method.toLowerCase()] = operation(name, e, names);
	return out;
}

export const openapi = {
	openapi: '3.1.0',
	info: {
		title: 'Banshi Studio registry API',
		version: '1.0.0',
		description:
			'Editing, review and publishing of service items (事项), and the public read-only portal API. ' +
			'Errors are application/problem+json (RFC 9457); messages are Simplified Chinese unless Accept-Language asks for English. ' +
			'A POST, PUT, PATCH or DELETE whose Origin (or Sec-Fetch-Site) names another site answers 403 cross-origin.'
	},
	servers: [{ url: '/api/v1' }],
	tags: [
		{ name: 'session' },
		{ name: 'items' },
		{
			name: 'onethings',
			description: '一件事: member items applied for with one form, one verdict'
		},
		{ name: 'workflow' },
		{ name: 'admin' },
		{ name: 'portal', description: 'public, no sign-in, CORS open, cacheable' }
	],
	paths: paths(),
	components: components(names)
};
