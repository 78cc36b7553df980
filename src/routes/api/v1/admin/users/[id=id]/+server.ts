import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = expectBody<{ disabled?: boolean }>(await readJson(event.request, locale), {
		disabled: { kind: 'boolean' }
	});
	return json(await services.users.update(actor, Number(event.params.id), body));
});
