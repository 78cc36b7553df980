import { endpoint, json } from '$lib/server/http/route';
import { readOptionalJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { publish } from '$lib/server/registry/publish';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	const body = expectBody<{ effectiveFrom?: string }>(
		await readOptionalJson(event.request, locale),
		{ effectiveFrom: { kind: 'string' } },
		locale
	);
	const result = await publish(db, actor, event.params.code, body, locale);
	return json(result, { status: 201 });
});
