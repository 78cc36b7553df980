// One real Chromium for the end-to-end tests (Debian's package, or $BANSHI_CHROMIUM; no download).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath } from '../../scripts/test-env.js';

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run']
	});
}

export function baseURL(): string {
	return inject('baseURL');
}

/** A fresh context (own cookies and IndexedDB) in Chinese, optionally signed in. */
export async function newContext(
	browser: Browser,
	opts: {
		locale?: 'zh-CN' | 'en';
		user?: string;
		password?: string;
		/** the designer's offline worker; off unless a story is about it, because requests a worker
		 * passes on escape `page.route` and every context would download the whole app once more */
		serviceWorkers?: 'allow' | 'block';
	} = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		baseURL: baseURL(),
		locale: opts.locale ?? 'zh-CN',
		viewport: { width: 1400, height: 900 },
		serviceWorkers: opts.serviceWorkers ?? 'block'
	});
	if (opts.locale === 'en') {
		await context.addCookies([{ name: 'banshi_lang', value: 'en', url: baseURL() }]);
	}
	if (opts.user) {
		const r = await context.request.post('/api/v1/session', {
			data: { username: opts.user, password: opts.password ?? 'banshi-demo' }
		});
		if (!r.ok()) throw new Error(`login as ${opts.user} failed: ${r.status()} ${await r.text()}`);
	}
	const page = await context.newPage();
	return { context, page };
}
