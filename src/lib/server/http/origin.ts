// Cross-site request forgery. A session cookie (SameSite=Lax) still goes with requests from another
// port or subdomain of the same site, and SvelteKit's own check (`csrf.checkOrigin`) looks only at
// form content types — a body-less POST to approve a review passed both. So every state-changing
// request is refused here when the browser says it comes from another origin, whatever its content
// type or body (OWASP CSRF Prevention Cheat Sheet, "Verifying Origin With Standard Headers"; Fetch
// Metadata, W3C `Sec-Fetch-Site`). Clients other than browsers send no Origin and are not affected:
// they authenticate with a bearer token, which no other site can make a browser send.

/** Methods that change something (RFC 9110 §9.2.1: everything but the safe ones). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export interface RequestOrigin {
	method: string;
	/** the Origin header, or null */
	origin: string | null;
	/** the Sec-Fetch-Site header, or null */
	fetchSite: string | null;
	/** this server's own origin, as the application sees it (adapter-node: ORIGIN or the headers) */
	own: string;
	/** further origins allowed to send changes (a proxy's public name, an admin host) */
	trusted: readonly string[];
}

/** The origin a state-changing request comes from when it must be refused, else null. */
export function forgedOrigin(r: RequestOrigin): string | null {
	if (SAFE_METHODS.has(r.method.toUpperCase())) return null;
	if (r.origin !== null) {
		// "null" is what sandboxed frames and file: pages send; it is never one of ours
		if (r.origin === r.own || r.trusted.includes(r.origin)) return null;
		return r.origin;
	}
	// Browsers send Origin with every cross-origin POST; Fetch Metadata covers the others.
	if (r.fetchSite === 'cross-site' || r.fetchSite === 'same-site') return r.fetchSite;
	return null;
}

/**
 * `BANSHI_TRUSTED_ORIGINS`: origins besides the server's own, comma or space separated, e.g.
 * `https://banshi.example.gov.cn` when a proxy serves the app under a name the app does not see.
 */
export function trustedOrigins(value: string | undefined = process.env.BANSHI_TRUSTED_ORIGINS) {
	return (value ?? '')
		.split(/[\s,]+/)
		.map((o) => o.trim().replace(/\/+$/, ''))
		.filter(Boolean);
}
