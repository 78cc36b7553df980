// What the portal's 一件事 pages load on the server, through the same portal service the public API
// reads (GET /portal/onethings…), so a page and the API never disagree about the version in force.
import type { RetiredMember } from '$lib/api/schemas/onethings';
import type { OneThingBundle } from '$lib/domain/onething/types';
import type { Services } from '$lib/server/services';
import { guideModel, type OneThingGuideModel } from '../onething/view';

export interface PortalOneThingListed {
	code: string;
	name: string;
	theme: OneThingBundle['theme'];
	lead: string;
	members: number;
	version: number;
}

/** The one-things in force today (matching `q`), for the portal's list beside the items. */
export async function listOneThings(
	services: Services,
	q: string | undefined
): Promise<{ total: number; onethings: PortalOneThingListed[] }> {
	const { onethings, total } = await services.portal.oneThings({ q, limit: 50, offset: 0 });
	return {
		total,
		onethings: onethings.map((o) => ({
			code: o.code,
			name: o.name,
			theme: o.theme,
			lead: o.leadDepartment.name,
			members: o.members.length,
			version: o.version
		}))
	};
}

export type { RetiredMember };

export interface PortalOneThing {
	bundle: OneThingBundle;
	version: { n: number; effectiveFrom: string; hash: string };
	/**
	 * members retired since the version compiled them: the pages say so and offer no application,
	 * as the decide endpoint refuses, so nobody is sent to an item no longer handled (the bundle
	 * itself is served unchanged)
	 */
	retiredMembers: RetiredMember[];
}

/** The version in force today. */
export async function loadCurrentOneThing(
	services: Services,
	code: string
): Promise<PortalOneThing> {
	const v = await services.portal.oneThingCurrent(code);
	const bundle = JSON.parse(v.bundle) as OneThingBundle;
	return {
		bundle,
		version: { n: v.n, effectiveFrom: v.effective_from, hash: v.hash },
		retiredMembers: await services.portal.retiredMembers(bundle)
	};
}

/** The version in force as its guide page shows it: no schemas, the merged materials worked out. */
export async function loadOneThingGuide(
	services: Services,
	code: string
): Promise<{
	model: OneThingGuideModel;
	version: PortalOneThing['version'];
	retiredMembers: RetiredMember[];
}> {
	const { bundle, version, retiredMembers } = await loadCurrentOneThing(services, code);
	return { model: guideModel(bundle), version, retiredMembers };
}
