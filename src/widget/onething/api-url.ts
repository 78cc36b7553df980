// Where a one-thing's `onething` attribute points: the portal API's one-thing resource, from which
// the server's origin (for the typed client's paths) and its items (the members' validator
// modules) follow.
import { API_BASE } from '$lib/api/endpoints/routes';

const ONETHING = new RegExp(`^(.*)${API_BASE}/portal/onethings/([^/?#]+)/?$`);

/** `https://host/api/v1/portal/onethings/{code}` → its origin, code and the items' base URL. */
export function oneThingApi(url: string): { origin: string; code: string; items: string } {
	const m = ONETHING.exec(url);
	if (!m)
		throw new Error(
			`${url}: not a one-thing of the portal API (…${API_BASE}/portal/onethings/{code})`
		);
	const origin = m[1];
	return { origin, code: decodeURIComponent(m[2]), items: `${origin}${API_BASE}/portal/items` };
}
