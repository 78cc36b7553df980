import { endpoint, json } from '$lib/server/http/route';
import { readOptionalJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { submitForReview } from '$lib/server/registry/workflow';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	expectBody(await readOptionalJson(event.request, locale), {}, locale);
	return json(await submitForReview(db, actor, event.params.code, locale), { status: 201 });
});
