import { endpoint, json } from '$lib/server/http/route';
import { readJson } from '$lib/server/http/body';
import { expectBody, expectQuery } from '$lib/server/http/fields';
import { pageInfo, parsePaging } from '$lib/server/http/paging';
import { badRequest, problem } from '$lib/server/http/problem';
import { createItem, searchItems } from '$lib/server/registry/items';
import { readTemplate } from '$lib/server/setup/templates';
import type { RequestHandler } from './$types';

const STATUSES = [
	'draft',
	'in-review',
	'returned',
	'approved',
	'published',
	'scheduled',
	'retired'
];

export const GET: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	await user();
	const params = expectQuery(
		event.url,
		['department', 'kind', 'status', 'q', 'limit', 'cursor', 'page'],
		locale
	);
	const paging = parsePaging(params, locale);
	const status = params.get('status') || undefined;
	if (status !== undefined && !STATUSES.includes(status))
		throw badRequest(locale, [
			`status 须为 ${STATUSES.join('、')} 之一。`,
			`status must be one of ${STATUSES.join(', ')}.`
		]);
	const { items, total } = await searchItems(db, {
		department: params.get('department') || undefined,
		kind: params.get('kind') || undefined,
		status,
		q: params.get('q')?.trim() || undefined,
		limit: paging.limit,
		offset: paging.offset
	});
	return json({ items, ...pageInfo(paging, total) });
});

export const POST: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	const body = expectBody<{ template?: string; document?: unknown; department?: string }>(
		await readJson(event.request, locale),
		{
			template: { kind: 'string' },
			document: { kind: 'any' },
			department: { kind: 'string' }
		},
		locale
	);
	if ((body.template === undefined) === (body.document === undefined))
		throw badRequest(locale, [
			'请提供 template 或 document 之一。',
			'Give exactly one of template or document.'
		]);
	let document = body.document;
	if (body.template !== undefined) {
		document = readTemplate(body.template);
		if (document === undefined)
			throw problem(locale, 422, 'unknown-template', ['模板不存在', 'Unknown template'], {
				detail: [`没有名为 ${body.template} 的模板。`, `There is no template ${body.template}.`],
				errors: [{ pointer: '/template', message: body.template }]
			});
	}
	const detail = await createItem(
		db,
		actor,
		{ document, department: body.department, template: body.template },
		locale
	);
	return json(detail, {
		status: 201,
		headers: { location: `/api/v1/items/${encodeURIComponent(detail.code)}` }
	});
});
