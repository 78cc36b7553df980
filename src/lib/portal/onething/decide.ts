// The one verdict on a one-thing application comes from the portal API (portalOneThingDecide), for
// the portal's apply page and for the widget alike: a refusal becomes an error OneThingApply shows.
import type { Client } from '$lib/api/client';
import type { Submission } from '$lib/domain/compile/types';
import type { OneThingDecision } from '$lib/domain/onething/types';

export type OneThingDecide = (
	submission: Submission
) => Promise<{ decision: OneThingDecision; date: string }>;

/** Decide `code`'s applications through `client` on the day `date()` gives. */
export function decideThrough(client: Client, code: string, date: () => string): OneThingDecide {
	return async (submission) => {
		const r = await client.portalOneThingDecide({
			params: { code },
			body: { submission, date: date() }
		});
		if (!r.ok) throw new Error(r.problem.detail ?? r.problem.title);
		return { decision: r.value.decision, date: r.value.date };
	};
}
