// What the portal pages load on the server: the same registry reads the public portal API serves,
// so a page and the API never disagree about which version is in force.
import { error } from '@sveltejs/kit';
import type { Bundle } from '$lib/domain/compile/types';
import type { Locale } from '$lib/domain/i18n';
import type { CalendarData } from '$lib/domain/workdays';
import { currentCalendarOverride } from '$lib/server/db/calendar';
import { HttpProblem } from '$lib/server/http/problem';
import { getRegistry } from '$lib/server/instance';
import { currentVersion } from '$lib/server/registry/portal';
import { validatorModuleFor } from './validator-cache';

export interface PortalItem {
	bundle: Bundle;
	version: { n: number; effectiveFrom: string; hash: string };
	/** the administrator's holiday schedule, when one was uploaded */
	calendar: CalendarData | null;
}

/**
 * `warm`: generate the version's validator module after answering, so the apply page a reader of
 * the guide opens next does not wait for it.
 */
export async function loadCurrentItem(
	code: string,
	locale: Locale,
	opts: { warm?: boolean } = {}
): Promise<PortalItem> {
	const { db } = await getRegistry();
	try {
		const v = await currentVersion(db, code, undefined, locale);
		if (opts.warm) {
			setTimeout(() => {
				try {
					validatorModuleFor(v.bundle, v.hash);
				} catch (error) {
					console.error(`validators of ${code} v${v.n} could not be generated:`, error);
				}
			}, 0);
		}
		const override = await currentCalendarOverride(db);
		return {
			bundle: JSON.parse(v.bundle) as Bundle,
			version: { n: v.n, effectiveFrom: v.effective_from, hash: v.hash },
			calendar: (override?.data as CalendarData | undefined) ?? null
		};
	} catch (e) {
		if (e instanceof HttpProblem) error(e.status, e.detail ?? e.title);
		throw e;
	}
}
