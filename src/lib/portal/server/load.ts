// What the portal pages load on the server: the same portal service the public API reads, so a page
// and the API never disagree about which version is in force.
import { guidePart, type GuideBundle } from '$lib/domain/compile/guide-part';
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

export interface PortalGuide extends Omit<PortalItem, 'bundle'> {
	bundle: GuideBundle;
}

// A version is immutable: its guide part is worked out once (bounded, oldest dropped first).
const guides = new Map<string, GuideBundle>();
const KEPT_GUIDES = 2000;

/** The version in force as its guide page shows it: the guide part only, not the schemas. */
export async function loadCurrentGuide(services: Services, code: string): Promise<PortalGuide> {
	const { version: v, calendar } = await services.portal.forPage(code);
	let bundle = guides.get(v.hash);
	if (!bundle) {
		bundle = guidePart(JSON.parse(v.bundle) as Bundle);
		if (guides.size >= KEPT_GUIDES) guides.delete(guides.keys().next().value!);
		guides.set(v.hash, bundle);
	}
	return {
		bundle,
		version: { n: v.n, effectiveFrom: v.effective_from, hash: v.hash },
		calendar: {
			override: calendar.override as PublishedCalendar['override'],
			years: calendar.years,
			strict: calendar.strict
		}
	};
}
