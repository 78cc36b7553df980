import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { expectBody, expectQuery, oneOf } from '$lib/server/http/fields';
import { DISPLAY_STATUSES } from '$lib/domain/workflow';
import { json } from '$lib/server/http/json';
import { pageInfo, parsePaging } from '$lib/server/http/paging';
import type { RequestHandler } from './$types';

const FLAGS = ['true', 'false'] as const;

export const GET: RequestHandler = endpoint(async ({ event, services, user }) => {
	const actor = user();
	const params = expectQuery(event.url, [
		'department',
		'kind',
		'status',
		'q',
		'archived',
		'mine',
		'waiting',
		'limit',
		'cursor',
		'page'
	]);
	const paging = parsePaging(params);
	const { items, total } = await services.items.list(actor, {
		department: params.get('department') || undefined,
		kind: params.get('kind') || undefined,
		status: oneOf(params.get('status') || null, 'status', DISPLAY_STATUSES),
		q: params.get('q')?.trim() || undefined,
		archived: oneOf(params.get('archived') || null, 'archived', FLAGS) === 'true',
		mine: oneOf(params.get('mine') || null, 'mine', FLAGS) === 'true',
		waiting: oneOf(params.get('waiting') || null, 'waiting', FLAGS) === 'true',
		limit: paging.limit,
		offset: paging.offset
	});
	return json({ items, ...pageInfo(paging, total) });
});

export const POST: RequestHandler = endpoint(async ({ event, locale, services, user }) => {
	const actor = user();
	const body = expectBody<{
		template?: string;
		document?: unknown;
		claim?: string;
		department?: string;
	}>(await readJson(event.request, locale), {
		template: { kind: 'string' },
		document: { kind: 'any' },
		claim: { kind: 'string' },
		department: { kind: 'string' }
	});
	const detail = await services.items.create(actor, body);
	return json(detail, {
		status: 201,
		headers: { location: `/api/v1/items/${encodeURIComponent(detail.code)}` }
	});
});
