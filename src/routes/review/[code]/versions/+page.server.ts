import { reviewContext } from '$lib/review/context.server';
import { loadVersions } from '$lib/review/versions.server';
import type { PageServerLoad } from './$types';

const num = (v: string | null) => (v && /^\d{1,9}$/.test(v) ? Number(v) : null);

export const load: PageServerLoad = async ({ cookies, params, url }) => {
	const ctx = await reviewContext(cookies);
	if (!ctx.actor) return { signedIn: false as const };
	const page = await loadVersions(ctx.db, ctx.locale, params.code, {
		a: num(url.searchParams.get('a')),
		b: num(url.searchParams.get('b'))
	});
	return { signedIn: true as const, page };
};
