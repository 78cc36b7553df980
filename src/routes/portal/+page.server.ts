import { enumValues } from '$lib/domain/item/labels';
import { listOneThings } from '$lib/portal/server/onething';
import { page } from '$lib/server/kit/page';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

export const load: PageServerLoad = page(async ({ url, locals }) => {
	const q = url.searchParams.get('q')?.trim().slice(0, 100) ?? '';
	const kinds = enumValues('kind');
	const rawKind = url.searchParams.get('kind') ?? '';
	const kind = kinds.includes(rawKind) ? rawKind : '';
	const requested = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(requested) && requested > 0 ? Math.min(requested, 10_000) : 1;
	const [{ items, total }, oneThings] = await Promise.all([
		locals.services.portal.items({
			q: q || undefined,
			kind: kind || undefined,
			limit: PAGE_SIZE,
			offset: (page - 1) * PAGE_SIZE
		}),
		// 一件事 have no item kind: listed on the first page when no kind is chosen
		kind || page > 1 ? undefined : listOneThings(locals.services, q || undefined)
	]);
	return {
		q,
		kind,
		kinds,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		total,
		oneThings: oneThings?.onethings ?? [],
		items: items.map((i) => ({
			code: i.code,
			name: i.name,
			kind: i.kind,
			department: i.department.name,
			version: i.version
		}))
	};
});
