// Members of a published one-thing retired since it compiled them. One rule for the portal: its
// guide and apply pages name them and offer no application, and its decide endpoint refuses with
// the same members, so a page and the API never disagree about whether a one-thing can be applied for.
import type { Kysely } from 'kysely';
import { dayInChina } from '../../domain/workdays/today';
import type { RetiredMember } from '../../api/schemas/onethings';
import type { OneThingBundle } from '../../domain/onething/types';
import { getItemByCode } from '../db/items';
import { retirementOf } from '../db/retirements';
import type { Database } from '../db/schema';
import { AppError, m } from '../errors';

export type { RetiredMember };

/** The bundle's members (in its order) whose item is retired now. */
export async function retiredMembersOf(
	db: Kysely<Database>,
	bundle: Pick<OneThingBundle, 'members'>
): Promise<RetiredMember[]> {
	const out: RetiredMember[] = [];
	for (const { code } of bundle.members) {
		const row = await getItemByCode(db, code);
		if (row?.document_type !== 'item' || row.status !== 'retired') continue;
		const r = await retirementOf(db, row.id);
		out.push({ code, name: row.name, reason: r?.reason ?? '', retiredAt: r?.retiredAt ?? '' });
	}
	return out;
}

/**
 * 409 onething-member-retired: the one-thing is still published (its bundle is served unchanged)
 * and decides again once published without the member, so its state conflicts with the request —
 * it is not gone (410 item-retired stays for a one-thing or an item retired itself).
 * `members[].versions` is where each retired item's versions stay readable, as in item-retired.
 */
export function memberRetired(
	code: string,
	retired: RetiredMember[],
	versionsPath: (code: string) => string
): AppError {
	return new AppError('conflict', {
		slug: 'onething-member-retired',
		detail: m('server.onething.membersRetired', {
			code,
			list: retired.map((r) =>
				m('server.onething.retiredMember', {
					code: r.code,
					name: r.name,
					date: dayInChina(r.retiredAt),
					reason: r.reason
				})
			)
		}),
		extensions: { members: retired.map((r) => ({ ...r, versions: versionsPath(r.code) })) }
	});
}
