import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.auditCsv,
	async ({ query, services, user }) => {
		const csv = await services.admin.auditCsv(user(), query);
		const day = new Date().toISOString().slice(0, 10);
		return new Response(csv, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="banshi-audit-${day}.csv"`,
				'cache-control': 'no-store'
			}
		});
	}
);
