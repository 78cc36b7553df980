import { endpoint, json } from '$lib/server/http/route';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { saveDraft } from '$lib/server/registry/items';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	const body = expectBody<{ baseRevision: number; document: unknown }>(
		await readJson(event.request, locale),
		{
			baseRevision: { kind: 'integer', required: true },
			document: { kind: 'any', required: true }
		},
		locale
	);
	return json(await saveDraft(db, actor, event.params.code, body, locale));
});
