import { endpoint, json } from '$lib/server/http/route';
import { itemDetail } from '$lib/server/registry/items';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	await user();
	return json(await itemDetail(db, event.params.code, locale));
});
