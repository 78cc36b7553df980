import { endpoint, json } from '$lib/server/http/route';
import { readJson } from '$lib/server/http/body';
import { requireRole } from '$lib/server/auth/access';
import { currentCalendarOverride } from '$lib/server/db/calendar';
import { putCalendar } from '$lib/server/registry/admin';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locale, db, user }) => {
	requireRole(await user(), ['admin'], locale);
	return json({ override: (await currentCalendarOverride(db)) ?? null });
});

export const PUT: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	requireRole(actor, ['admin'], locale);
	const saved = await putCalendar(db, actor, await readJson(event.request, locale), locale);
	return json({ override: await currentCalendarOverride(db), id: saved.id });
});
