import { endpoint, json } from '$lib/server/http/route';
import { expectQuery, intParam } from '$lib/server/http/fields';
import { requireRole } from '$lib/server/auth/access';
import { listAudit } from '$lib/server/db/audit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	requireRole(await user(), ['admin', 'reviewer'], locale);
	const params = expectQuery(event.url, ['subject', 'limit'], locale);
	const limit = intParam(params.get('limit'), 'limit', locale, { min: 1, max: 500, fallback: 100 });
	return json({
		entries: await listAudit(db, { subject: params.get('subject') ?? undefined, limit })
	});
});
