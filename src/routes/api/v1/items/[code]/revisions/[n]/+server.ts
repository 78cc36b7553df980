import { endpoint, json } from '$lib/server/http/route';
import { notFound } from '$lib/server/http/problem';
import { revisionDetail } from '$lib/server/registry/items';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	await user();
	const { code, n } = event.params;
	if (!/^[1-9]\d{0,8}$/.test(n))
		throw notFound(locale, [
			`事项 ${code} 没有第 ${n} 版草稿。`,
			`Item ${code} has no revision ${n}.`
		]);
	return json(await revisionDetail(db, code, Number(n), locale));
});
