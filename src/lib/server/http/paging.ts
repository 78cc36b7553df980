// Paging for collections: `limit` with either `page` (1-based) or an opaque `cursor`.
import type { Locale } from '../../domain/i18n';
import { badRequest } from './problem';
import { intParam } from './fields';

export interface Paging {
	limit: number;
	offset: number;
	page: number;
}

export const MAX_LIMIT = 100;

export function parsePaging(params: URLSearchParams, locale: Locale, defaultLimit = 20): Paging {
	const limit = intParam(params.get('limit'), 'limit', locale, {
		min: 1,
		max: MAX_LIMIT,
		fallback: defaultLimit
	});
	const cursor = params.get('cursor');
	if (cursor !== null && params.get('page') !== null)
		throw badRequest(locale, [
			'page 与 cursor 只能使用其一。',
			'Use either page or cursor, not both.'
		]);
	if (cursor !== null) {
		const offset = decodeCursor(cursor);
		if (offset === undefined) throw badRequest(locale, ['cursor 无效。', 'Invalid cursor.']);
		return { limit, offset, page: Math.floor(offset / limit) + 1 };
	}
	const page = intParam(params.get('page'), 'page', locale, {
		min: 1,
		max: 1_000_000,
		fallback: 1
	});
	return { limit, offset: (page - 1) * limit, page };
}

export function encodeCursor(offset: number): string {
	return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
	const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
	return m ? Number(m[1]) : undefined;
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
