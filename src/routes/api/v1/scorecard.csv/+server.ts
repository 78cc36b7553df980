import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(
	endpoints.scorecardCsv,
	async ({ query, services, user }) => {
		const csv = await services.scorecard.csv(user(), query);
		const name = `banshi-scorecard-${query.department ?? 'all'}-${query.table}.csv`;
		return new Response(csv, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${name}"`,
				'cache-control': 'no-store'
			}
		});
	}
);
