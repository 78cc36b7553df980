import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = expectBody<{ reason: string }>(await readJson(event.request, locale), {
		reason: { kind: 'string', required: true }
	});
	return json(await services.publishing.retire(actor, event.params.code, body));
});
