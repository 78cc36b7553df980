import { endpoints } from '$lib/api/endpoints';
import { parseQuery } from '$lib/api/parse';
import { RequestError } from '$lib/api/problem';
import { can } from '$lib/domain/workflow';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals, url }) => {
	const { user, services, locale } = locals;
	if (!user) return { state: 'signed-out' as const };
	if (!can(user, 'read-audit').allowed) return { state: 'forbidden' as const };
	let query;
	let problem: string | null = null;
	try {
		query = parseQuery(endpoints.audit.query, url, locale);
	} catch (e) {
		if (!(e instanceof RequestError)) throw e;
		problem = e.detail;
		query = parseQuery(endpoints.audit.query, new URLSearchParams(), locale);
	}
	const [log, facets] = await Promise.all([
		services.admin.audit(user, query),
		services.admin.auditFacets(user)
	]);
	return { state: 'ok' as const, query, problem, log, facets };
});
