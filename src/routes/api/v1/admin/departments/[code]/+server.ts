import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = expectBody<{ name?: string; creditCode?: string | null }>(
		await readJson(event.request, locale),
		{ name: { kind: 'string' }, creditCode: { kind: 'string', nullable: true } }
	);
	return json(await services.admin.changeDepartment(actor, event.params.code, body));
});
