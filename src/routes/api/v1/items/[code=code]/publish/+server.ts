import { endpoint } from '$lib/server/kit/endpoint';
import { readOptionalJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = expectBody<{ effectiveFrom?: string }>(
		await readOptionalJson(event.request, locale),
		{ effectiveFrom: { kind: 'string' } }
	);
	const result = await services.publishing.publish(actor, event.params.code, body);
	return json(result, { status: 201 });
});
