import { reviewContext } from '$lib/review/context.server';
import { loadStandard } from '$lib/review/standard.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies }) => {
	const ctx = await reviewContext(cookies);
	if (!ctx.actor) return { signedIn: false as const };
	return { signedIn: true as const, groups: await loadStandard(ctx.db, ctx.locale) };
};
