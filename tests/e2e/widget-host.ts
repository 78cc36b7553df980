// Another site embedding the widget, for the widget's browser tests: the widget built (rebuilt
// unless a build is explicitly reused, like the app in scripts/test.js), and a real server on its
// own origin (Chromium keeps pages without an address from reaching a loopback one) whose page
// carries `<banshi-form …>` with the attributes of `?attrs=`, under the site's own strict policy:
// no eval, scripts only from Banshi, no inline styles. The page records the widget's events.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { baseURL } from './browser';

const WIDGET = 'dist-widget/banshi-form.js';

export function ensureWidgetBuilt(): void {
	if (existsSync(WIDGET) && process.env.BANSHI_SKIP_BUILD) return;
	const r = spawnSync('npx', ['vite', 'build', '-c', 'vite.widget.config.ts'], {
		stdio: 'inherit'
	});
	if (r.status !== 0) throw new Error('widget build failed');
}

function hostPage(attrs: string): string {
	const app = baseURL();
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>示范市政务服务网</title>
<script type="module" src="${app}/widget/banshi-form.js"></script></head>
<body><h1>示范市政务服务网</h1>
<banshi-form ${attrs}></banshi-form>
<script type="module" nonce="host">
const events = (window.banshiEvents = []);
for (const type of ['banshi-submit', 'banshi-decision', 'banshi-error'])
	document.addEventListener(type, (e) => events.push({ type, detail: e.detail }));
</script></body></html>`;
}

export interface HostSite {
	/** opens the site's page with these attributes on its `<banshi-form>` */
	open(page: Page, attrs: string): Promise<void>;
	close(): Promise<void>;
}

export async function startHostSite(): Promise<HostSite> {
	const host = createServer((req, res) => {
		const app = baseURL();
		const attrs = new URL(req.url ?? '/', 'http://host').searchParams.get('attrs') ?? '';
		res.writeHead(200, {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': `default-src 'self'; script-src ${app} 'nonce-host'; connect-src ${app}; style-src 'self'; object-src 'none'`
		});
		res.end(hostPage(attrs));
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(host.address() as { port: number }).port}`;
	return {
		open: async (page, attrs) => {
			await page.goto(`${origin}/apply.html?attrs=${encodeURIComponent(attrs)}`);
		},
		close: () => new Promise<void>((resolve) => host.close(() => resolve()))
	};
}

/** The widget's events the host page heard, in order. */
export const widgetEvents = (page: Page) =>
	page.evaluate(
		() => (window as unknown as { banshiEvents: { type: string; detail: unknown }[] }).banshiEvents
	);
