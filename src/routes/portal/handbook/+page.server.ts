import { enumValues } from '$lib/domain/item/labels';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export const load: PageServerLoad = page(async ({ url, locals }) => {
	const asked = url.searchParams.get('department') ?? '';
	const department = CODE.test(asked) ? asked : undefined;
	// or every item of one kind (事项类型), whichever department implements it
	const kinds = enumValues('kind');
	const askedKind = url.searchParams.get('kind') ?? '';
	const kind = kinds.includes(askedKind) ? askedKind : undefined;
	return { kinds, handbook: await locals.services.portal.handbook({ department, kind }) };
});
