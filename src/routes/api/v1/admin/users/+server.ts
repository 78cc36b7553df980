import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(endpoints.listUsers, async ({ services, user }) =>
	json({ users: await services.users.list(user()) })
);

export const POST: RequestHandler = endpoint(
	endpoints.createUser,
	async ({ body, services, user }) => {
		const created = await services.users.create(user(), {
			...body,
			departments: body.departments ?? []
		});
		return json(created, { status: 201 });
	}
);
