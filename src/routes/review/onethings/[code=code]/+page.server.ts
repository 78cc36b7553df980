import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

// the version published last, as authored, for the review's changes (null: never published)
export const load: PageServerLoad = page(async ({ locals, params }) => {
	const { user, services } = locals;
	if (!user) return { published: null };
	return { published: await services.onethingReview.published(user, params.code) };
});
