import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.getXlsxMapping,
	async ({ query, services, user }) =>
		json({ saved: await services.xlsxMappings.saved(user(), query) })
);

export const PUT: RequestHandler = endpoint(
	endpoints.saveXlsxMapping,
	async ({ body, services, user }) => json(await services.xlsxMappings.save(user(), body))
);
