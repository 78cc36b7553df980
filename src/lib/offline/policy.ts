// What the designer's service worker does with a request. Only the designer's own pages and the
// built app are kept on the device: API answers, the portal and public data always come from the
// network (a cached answer there would be a stale or someone else's truth).

export type Strategy =
	/** a file of the built app (hashed, immutable) or a static asset: the cached copy, else the network */
	| 'asset'
	/** a designer page: the network, keeping a copy; offline, the copy (the shell boots from it) */
	| 'designer-page'
	/** not the worker's business: the browser fetches it as if there were no worker */
	| 'network';

export interface RequestFacts {
	method: string;
	url: URL;
	origin: string;
	mode: string;
	/** paths precached at install (the built app and static files) */
	precached: ReadonlySet<string>;
}

export function strategyFor(r: RequestFacts): Strategy {
	if (r.method !== 'GET' || r.url.origin !== r.origin) return 'network';
	const path = r.url.pathname;
	if (path.startsWith('/api/')) return 'network';
	if (r.precached.has(path) || path.startsWith('/_app/immutable/')) return 'asset';
	if (r.mode === 'navigate' && isDesignerPage(path)) return 'designer-page';
	return 'network';
}

export function isDesignerPage(path: string): boolean {
	return path === '/designer' || path.startsWith('/designer/');
}

/** Caches of other builds are dropped once this build's worker takes over. */
export function staleCaches(names: readonly string[], current: string, prefix: string): string[] {
	return names.filter((n) => n.startsWith(prefix) && n !== current);
}
