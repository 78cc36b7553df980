import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { Role } from '$lib/domain/workflow';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ services, user }) =>
	json({ users: await services.users.list(user()) })
);

export const POST: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = expectBody<{
		username: string;
		password: string;
		role: Role;
		departments?: string[];
		displayName?: string;
	}>(await readJson(event.request, locale), {
		username: { kind: 'string', required: true },
		password: { kind: 'string', required: true },
		role: { kind: 'string', required: true },
		departments: { kind: 'array' },
		displayName: { kind: 'string' }
	});
	const created = await services.users.create(actor, {
		...body,
		departments: (body.departments ?? []).map(String)
	});
	return json(created, { status: 201 });
});
