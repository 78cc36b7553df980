// Paging for collections: `limit` with either `page` (1-based) or an opaque `cursor`. The parameters'
// shapes are declared with the endpoint (PagingQuery in src/lib/api); what a schema cannot say —
// not both at once, a cursor this server issued — is checked here.
import { badRequest, m } from '../errors';

export interface Paging {
	limit: number;
	offset: number;
	page: number;
}

export function paging(query: { limit: number; page?: number; cursor?: string }): Paging {
	const { limit, page = 1, cursor } = query;
	if (cursor !== undefined && query.page !== undefined)
		throw badRequest(m('server.query.pageAndCursor'));
	if (cursor !== undefined) {
		const offset = decodeCursor(cursor);
		if (offset === undefined) throw badRequest(m('server.query.badCursor'));
		return { limit, offset, page: Math.floor(offset / limit) + 1 };
	}
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
