// Region lists that arrive after the page: a page that ships only the provinces (the widget)
// registers how to fetch one province's cities and counties, and the region picker asks for a
// province when it needs it. Pages with the whole table register nothing and nothing changes.
import { addRegions } from '$lib/domain/formats/regions';

type ProvinceLoader = (prefix: string) => Promise<Record<string, string>>;

let loader: ProvinceLoader | undefined;
// Not reactive on purpose: `arrivals` is what pickers follow.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const asked = new Map<string, Promise<void>>();
// bumped when a province arrives, so pickers showing its lists draw them
let arrivals = $state(0);

/** How this page fetches a province's cities and counties, by the code's first two digits. */
export function loadRegionsWith(load: ProvinceLoader): void {
	loader = load;
	asked.clear();
}

/** Read inside a derived or effect that lists regions: it runs again when a province arrives. */
export function regionArrivals(): number {
	return arrivals;
}

/** Fetch the province of `code` if this page loads provinces on demand and has not yet. */
export function needRegionsOf(code: string): Promise<void> {
	const prefix = code.slice(0, 2);
	if (!loader || !/^\d{2}$/.test(prefix)) return Promise.resolve();
	let pending = asked.get(prefix);
	if (!pending) {
		pending = loader(prefix).then(
			(regions) => {
				addRegions(regions);
				arrivals++;
			},
			// a failed fetch may be retried by the next pick
			() => void asked.delete(prefix)
		);
		asked.set(prefix, pending);
	}
	return pending;
}
