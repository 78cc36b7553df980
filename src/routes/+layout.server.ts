import { LOCALE_COOKIE, parseLocale } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ cookies }) => {
	return { locale: parseLocale(cookies.get(LOCALE_COOKIE)) };
};
