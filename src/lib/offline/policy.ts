// What the designer's service worker does with a request. Only the designer's own pages and the
// built app are kept on the device: API answers, the portal and public data always come from the
// network (a cached answer there would be a stale or someone else's truth).

export type Strategy =
	/** a file of the built app (hashed, immutable) or a static asset: the cached copy, else the network */
	| 'asset'
	/** a designer page: the network, keeping a copy; offline, the copy (the shell boots from it) */
	| 'designer-page'
	/** the data a designer page boots with (the root layout's: language, time zone, who is signed
	 * in); the network, keeping one copy for every designer page; offline, that copy */
	| 'designer-data'
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
	if (isDesignerPage(path) && path.endsWith(DATA_SUFFIX)) return 'designer-data';
	if (r.mode === 'navigate' && isDesignerPage(path)) return 'designer-page';
	return 'network';
}

/** SvelteKit's data request of a page (the designer's pages load nothing else on the server). */
const DATA_SUFFIX = '/__data.json';

/** One key for the boot data of every designer page: only the root layout loads on the server. */
export function designerDataKey(origin: string): string {
	return `${origin}/designer${DATA_SUFFIX}`;
}

export function dataUrlOf(pagePath: string): string {
	return pagePath.replace(/\/$/, '') + DATA_SUFFIX;
}

export function isDesignerPage(path: string): boolean {
	return path === '/designer' || path.startsWith('/designer/');
}

/** Caches of other builds are dropped once this build's worker takes over. */
export function staleCaches(names: readonly string[], current: string, prefix: string): string[] {
	return names.filter((n) => n.startsWith(prefix) && n !== current);
}
