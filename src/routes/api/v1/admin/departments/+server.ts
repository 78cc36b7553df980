import { endpoint, json } from '$lib/server/http/route';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { requireRole } from '$lib/server/auth/access';
import { listDepartments } from '$lib/server/db/departments';
import { createDepartment } from '$lib/server/registry/admin';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locale, db, user }) => {
	requireRole(await user(), ['admin'], locale);
	return json({ departments: await listDepartments(db) });
});

export const POST: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	requireRole(actor, ['admin'], locale);
	const body = expectBody<{ code: string; name: string; creditCode?: string | null }>(
		await readJson(event.request, locale),
		{
			code: { kind: 'string', required: true },
			name: { kind: 'string', required: true },
			creditCode: { kind: 'string', nullable: true }
		},
		locale
	);
	const created = await createDepartment(
		db,
		actor,
		{ code: body.code, name: body.name, creditCode: body.creditCode ?? null },
		locale
	);
	return json(created, { status: 201 });
});
