import { loadOneThingGuide } from '$lib/portal/server/onething';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(({ params, locals }) =>
	loadOneThingGuide(locals.services, params.code)
);
