import { endpoints } from '$lib/api/endpoints';
import { parseQuery } from '$lib/api/parse';
import { RequestError } from '$lib/api/problem';
import { can } from '$lib/domain/workflow';
import { AppError } from '$lib/server/errors';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals, url }) => {
	const { user, services, locale } = locals;
	if (!user) return { state: 'signed-out' as const };
	if (!can(user, 'read-scorecard').allowed) return { state: 'forbidden' as const };
	let query;
	let problem: string | null = null;
	try {
		query = parseQuery(endpoints.scorecard.query, url, locale);
	} catch (e) {
		if (!(e instanceof RequestError)) throw e;
		problem = e.detail;
		query = parseQuery(endpoints.scorecard.query, new URLSearchParams(), locale);
	}
	const departments = await services.admin.directory(user);
	try {
		return {
			state: 'ok' as const,
			query,
			problem,
			departments,
			card: await services.scorecard.scorecard(user, query)
		};
	} catch (e) {
		// a period the scorecard refuses: say why and show the default period instead
		if (!(e instanceof AppError) || e.kind !== 'bad-request') throw e;
		const fallback = parseQuery(endpoints.scorecard.query, new URLSearchParams(), locale);
		return {
			state: 'ok' as const,
			query: { ...fallback, department: query.department },
			problem: e.text(locale).detail ?? e.text(locale).title,
			departments,
			card: await services.scorecard.scorecard(user, { department: query.department })
		};
	}
});
