import { endpoint, json } from '$lib/server/http/route';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { retire } from '$lib/server/registry/publish';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	const body = expectBody<{ reason: string }>(
		await readJson(event.request, locale),
		{ reason: { kind: 'string', required: true } },
		locale
	);
	return json(await retire(db, actor, event.params.code, body, locale));
});
