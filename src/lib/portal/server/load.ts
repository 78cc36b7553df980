// What the portal pages load on the server: the same portal service the public API reads, so a page
// and the API never disagree about which version is in force.
import type { Bundle } from '$lib/domain/compile/types';
import type { Services } from '$lib/server/services';
import type { PublishedCalendar } from '../estimate';

export interface PortalItem {
	bundle: Bundle;
	version: { n: number; effectiveFrom: string; hash: string };
	/** the holiday calendar in force: the override and the years loaded from notices */
	calendar: PublishedCalendar;
}

/** The version in force and the calendar. Its validator module was stored when it was published. */
export async function loadCurrentItem(services: Services, code: string): Promise<PortalItem> {
	const { version: v, calendar } = await services.portal.forPage(code);
	return {
		bundle: JSON.parse(v.bundle) as Bundle,
		version: { n: v.n, effectiveFrom: v.effective_from, hash: v.hash },
		calendar: {
			override: calendar.override as PublishedCalendar['override'],
			years: calendar.years,
			strict: calendar.strict
		}
	};
}
