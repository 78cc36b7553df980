import { endpoint, json } from '$lib/server/http/route';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { requireRole } from '$lib/server/auth/access';
import { listUsers } from '$lib/server/db/users';
import type { Role } from '$lib/server/db/schema';
import { createUser } from '$lib/server/registry/users';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locale, db, user }) => {
	requireRole(await user(), ['admin'], locale);
	return json({ users: await listUsers(db) });
});

export const POST: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	requireRole(actor, ['admin'], locale);
	const body = expectBody<{
		username: string;
		password: string;
		role: Role;
		departments?: string[];
		displayName?: string;
	}>(
		await readJson(event.request, locale),
		{
			username: { kind: 'string', required: true },
			password: { kind: 'string', required: true },
			role: { kind: 'string', required: true },
			departments: { kind: 'array' },
			displayName: { kind: 'string' }
		},
		locale
	);
	const created = await createUser(
		db,
		{ ...body, departments: (body.departments ?? []).map(String) },
		actor,
		locale
	);
	return json(created, { status: 201 });
});
