import { endpoints } from '$lib/api/endpoints';
import { parseQuery } from '$lib/api/parse';
import { endpoint } from '$lib/server/kit/endpoint';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const query = parseQuery(endpoints.auditCsv.query, event.url, locale);
	const csv = await services.admin.auditCsv(actor, query);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="banshi-audit-${day}.csv"`,
			'cache-control': 'no-store'
		}
	});
});
