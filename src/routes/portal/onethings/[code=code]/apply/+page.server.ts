import { loadCurrentOneThing } from '$lib/portal/server/onething';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(({ params, locals }) =>
	loadCurrentOneThing(locals.services, params.code)
);
