import { loadCurrentItem } from '$lib/portal/server/load';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async ({ params, locals }) => ({
	...(await loadCurrentItem(locals.services, params.code)),
	/** whether checked applications can be handed to the agency's intake system */
	intake: locals.services.intake.configured
}));
