import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(endpoints.listDepartments, async ({ services, user }) =>
	json({ departments: await services.admin.departments(user()) })
);

export const POST: RequestHandler = endpoint(
	endpoints.createDepartment,
	async ({ body, services, user }) => {
		const created = await services.admin.createDepartment(user(), {
			...body,
			creditCode: body.creditCode ?? null
		});
		return json(created, { status: 201 });
	}
);
