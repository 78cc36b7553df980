import { can } from '$lib/domain/workflow';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ locals, url, depends }) => {
	depends('banshi:laws');
	const { user, services } = locals;
	if (!user) return { signedIn: false as const };
	const selected = url.searchParams.get('law');
	const cite = url.searchParams.get('cite')?.trim().slice(0, 200);
	const article = url.searchParams.get('article')?.trim().slice(0, 40) || undefined;
	const [laws, detail, search] = await Promise.all([
		services.laws.list(user),
		selected ? services.laws.detail(user, selected) : null,
		cite ? services.laws.citing(user, { law: cite, article }) : null
	]);
	return {
		signedIn: true as const,
		manages: can(user, 'manage-laws').allowed,
		laws,
		detail,
		search: search && { ...search, query: { law: cite!, article: article ?? '' } }
	};
});
