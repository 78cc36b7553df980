import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(endpoints.listLaws, async ({ services, user }) =>
	json({ laws: await services.laws.list(user()) })
);

export const POST: RequestHandler = endpoint(
	endpoints.createLaw,
	async ({ body, services, user }) =>
		json(await services.laws.create(user(), body), { status: 201 })
);
