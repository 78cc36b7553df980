import { loadCurrentItem } from '$lib/portal/server/load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, parent }) => {
	const { locale } = await parent();
	return loadCurrentItem(params.code, locale, { warm: true });
};
