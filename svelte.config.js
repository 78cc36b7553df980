import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		alias: { $domain: 'src/lib/domain' },
		// The service worker serves the designer offline; the designer registers it itself, scoped to
		// its own pages (src/lib/offline/register.ts), so the portal never runs from a device cache.
		serviceWorker: { register: false },
		// SvelteKit's own origin check covers form content types only and answers in plain text; the
		// front door (src/lib/server/http/origin.ts) checks every state-changing request, whatever its
		// content type, and answers problem+json. One check, in one place.
		csrf: { trustedOrigins: ['*'] },
		// Report-only here so SvelteKit marks its inline scripts; src/lib/portal/csp.ts enforces the
		// portal's strict policy on /portal pages and drops this header everywhere else.
		csp: {
			mode: 'auto',
			reportOnly: { 'script-src': ['self'], 'report-uri': ['/portal/csp-report'] }
		}
	}
};

export default config;
