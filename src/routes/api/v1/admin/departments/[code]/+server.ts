import { endpoint, json } from '$lib/server/http/route';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { requireRole } from '$lib/server/auth/access';
import { changeDepartment } from '$lib/server/registry/admin';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	requireRole(actor, ['admin'], locale);
	const body = expectBody<{ name?: string; creditCode?: string | null }>(
		await readJson(event.request, locale),
		{ name: { kind: 'string' }, creditCode: { kind: 'string', nullable: true } },
		locale
	);
	return json(await changeDepartment(db, actor, event.params.code, body, locale));
});
