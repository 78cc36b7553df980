// The public portal's Content-Security-Policy: no 'unsafe-eval', no inline script but SvelteKit's
// own (by nonce or hash), no plugins, no foreign frames. The designer needs more (the form preview
// compiles validators at runtime), so the policy is set here for /portal pages only.
//
// SvelteKit only marks its inline scripts when a policy is configured; svelte.config.js therefore
// configures a report-only policy, whose header carries the nonce (or hashes) for this response.
// This hook turns that into the enforced portal policy and drops it from every other page.
import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { NOTICE_CSS } from '$lib/domain/notice/html';

export const PORTAL_PATH = '/portal';
export const CSP_REPORT_PATH = '/portal/csp-report';
const REPORT_ONLY = 'content-security-policy-report-only';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Style attributes that SvelteKit itself writes: the body wrapper of app.html and the live region
 * that announces client-side navigation. Allowed by hash, so no other inline style is.
 */
const KIT_STYLE_ATTRIBUTES = [
	'display: contents',
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px'
].map(sha256);

/** The notice sheet's only inline stylesheet (NoticeSheet.svelte), allowed by its hash. */
const NOTICE_STYLE = sha256(NOTICE_CSS);

export function isPortalPage(pathname: string): boolean {
	return pathname === PORTAL_PATH || pathname.startsWith(PORTAL_PATH + '/');
}

/** The nonce or hash sources SvelteKit gave this response's inline scripts. */
export function kitScriptSources(header: string | null): string[] {
	if (!header) return [];
	const scriptSrc = header
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([name]) => name === 'script-src');
	return (scriptSrc ?? []).filter((s) => /^'(nonce|sha256|sha384|sha512)-[^']+'$/.test(s));
}

export function portalPolicy(scriptSources: string[], opts: { dev?: boolean } = {}): string {
	// `vite dev` injects every stylesheet as an inline <style>; builds link them as files
	const styles = opts.dev
		? ["style-src 'self' 'unsafe-inline'"]
		: [
				// the printable notice carries the one stylesheet its standalone document has
				`style-src 'self' ${NOTICE_STYLE}`,
				["style-src-attr 'unsafe-hashes'", ...KIT_STYLE_ATTRIBUTES].join(' ')
			];
	return [
		"default-src 'self'",
		["script-src 'self'", ...scriptSources].join(' '),
		...styles,
		// uploads are hashed in the page and never sent; images are the portal's own or data:
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'self'",
		`report-uri ${CSP_REPORT_PATH}`
	].join('; ');
}

export const portalCsp: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const reportOnly = response.headers.get(REPORT_ONLY);
	if (reportOnly === null) return response;
	const headers = new Headers(response.headers);
	headers.delete(REPORT_ONLY);
	if (isPortalPage(event.url.pathname)) {
		headers.set('content-security-policy', portalPolicy(kitScriptSources(reportOnly), { dev }));
	}
	return new Response(response.body, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
};
