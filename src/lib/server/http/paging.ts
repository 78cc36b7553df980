// Paging for collections: `limit` with either `page` (1-based) or an opaque `cursor`.
import { badRequest, m } from '../errors';
import { intParam } from './fields';

export interface Paging {
	limit: number;
	offset: number;
	page: number;
}

export const MAX_LIMIT = 100;

export function parsePaging(params: URLSearchParams, defaultLimit = 20): Paging {
	const limit = intParam(params.get('limit'), 'limit', {
		min: 1,
		max: MAX_LIMIT,
		fallback: defaultLimit
	});
	const cursor = params.get('cursor');
	if (cursor !== null && params.get('page') !== null)
		throw badRequest(m('server.query.pageAndCursor'));
	if (cursor !== null) {
		const offset = decodeCursor(cursor);
		if (offset === undefined) throw badRequest(m('server.query.badCursor'));
		return { limit, offset, page: Math.floor(offset / limit) + 1 };
	}
	const page = intParam(params.get('page'), 'page', { min: 1, max: 1_000_000, fallback: 1 });
	return { limit, offset: (page - 1) * limit, page };
}

export function encodeCursor(offset: number): string {
	return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
	const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
	return match ? Number(match[1]) : undefined;
}

export function pageInfo(p: Paging, total: number) {
	const nextOffset = p.offset + p.limit;
	return {
		total,
		limit: p.limit,
		page: p.page,
		nextCursor: nextOffset < total ? encodeCursor(nextOffset) : null
	};
}
