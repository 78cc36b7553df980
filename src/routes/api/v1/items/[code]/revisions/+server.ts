import { endpoint, json } from '$lib/server/http/route';
import { revisionHistory } from '$lib/server/registry/items';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	await user();
	const revisions = await revisionHistory(db, event.params.code, locale);
	return json({ code: event.params.code, revisions });
});
