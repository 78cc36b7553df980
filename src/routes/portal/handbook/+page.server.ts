import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export const load: PageServerLoad = page(async ({ url, locals }) => {
	const asked = url.searchParams.get('department') ?? '';
	const department = CODE.test(asked) ? asked : undefined;
	return { handbook: await locals.services.portal.handbook({ department }) };
});
