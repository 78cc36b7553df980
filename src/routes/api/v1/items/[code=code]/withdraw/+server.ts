import { endpoint } from '$lib/server/kit/endpoint';
import { readOptionalJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	expectBody(await readOptionalJson(event.request, locale), {});
	return json(await services.items.withdraw(actor, event.params.code));
});
