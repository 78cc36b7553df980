import { loadCurrentGuide } from '$lib/portal/server/load';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(({ params, locals }) =>
	loadCurrentGuide(locals.services, params.code)
);
