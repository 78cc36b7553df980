import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ services, user }) =>
	json({ departments: await services.admin.departments(user()) })
);

export const POST: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = expectBody<{ code: string; name: string; creditCode?: string | null }>(
		await readJson(event.request, locale),
		{
			code: { kind: 'string', required: true },
			name: { kind: 'string', required: true },
			creditCode: { kind: 'string', nullable: true }
		}
	);
	const created = await services.admin.createDepartment(actor, {
		code: body.code,
		name: body.name,
		creditCode: body.creditCode ?? null
	});
	return json(created, { status: 201 });
});
