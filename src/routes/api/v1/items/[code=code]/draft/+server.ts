import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = expectBody<{ baseRevision: number; document: unknown }>(
		await readJson(event.request, locale),
		{
			baseRevision: { kind: 'integer', required: true },
			document: { kind: 'any', required: true }
		}
	);
	return json(await services.items.saveDraft(actor, event.params.code, body));
});
