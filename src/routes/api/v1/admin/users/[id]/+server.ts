import { endpoint, json } from '$lib/server/http/route';
import { readJson } from '$lib/server/http/body';
import { expectBody } from '$lib/server/http/fields';
import { notFound } from '$lib/server/http/problem';
import { requireRole } from '$lib/server/auth/access';
import { disableUser } from '$lib/server/registry/users';
import { getUser } from '$lib/server/db/users';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	const actor = await user();
	requireRole(actor, ['admin'], locale);
	const body = expectBody<{ disabled?: boolean }>(
		await readJson(event.request, locale),
		{ disabled: { kind: 'boolean' } },
		locale
	);
	const { id } = event.params;
	if (!/^[1-9]\d{0,8}$/.test(id))
		throw notFound(locale, [`用户 ${id} 不存在。`, `User ${id} does not exist.`]);
	if (body.disabled === undefined) {
		const u = await getUser(db, Number(id));
		if (!u) throw notFound(locale, [`用户 ${id} 不存在。`, `User ${id} does not exist.`]);
		return json(u);
	}
	return json(await disableUser(db, Number(id), body.disabled, actor, locale));
});
