import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export const load: PageServerLoad = page(async ({ url, locals }) => {
	const asked = url.searchParams.get('department') ?? '';
	const department = CODE.test(asked) ? asked : undefined;
	// seconds each item stays on the screen: a hall sets it in the address, within reason
	const askedSeconds = Number(url.searchParams.get('seconds') ?? '');
	const seconds = Number.isFinite(askedSeconds)
		? Math.min(120, Math.max(3, Math.round(askedSeconds) || 12))
		: 12;
	return { handbook: await locals.services.portal.handbook({ department }), seconds };
});
