import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

const num = (v: string | null) => (v && /^\d{1,9}$/.test(v) ? Number(v) : null);

export const load: PageServerLoad = page(async ({ locals, params, url }) => {
	const { user, services } = locals;
	if (!user) return { signedIn: false as const };
	const versions = await services.reviewDesk.versions(user, params.code, {
		a: num(url.searchParams.get('a')),
		b: num(url.searchParams.get('b'))
	});
	return { signedIn: true as const, page: versions };
});
