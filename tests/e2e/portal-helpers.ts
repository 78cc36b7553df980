// Shared by the portal's end-to-end tests: the demo item they use, field locators of the form
// renderer, and a watch on Content-Security-Policy violations.
import type { Page } from 'playwright-core';

/** 食品经营许可（新办）, published by the demo content. */
export const FOOD = { code: '1141010000580322433000131029000', name: '食品经营许可（新办）' };

/** A form control by its JSON pointer (the renderer's ids end with the pointer, `/` as `_`). */
export function food(page: Page) {
	return (pointer: string) => page.locator(`[id$="${pointer.replaceAll('/', '_')}"]`);
}

/** 2026-12-03 → 2026年12月3日, as the portal writes dates in Chinese. */
export function formatDay(date: string): string {
	const [y, m, d] = date.split('-');
	return `${y}年${Number(m)}月${Number(d)}日`;
}

export interface CspWatch {
	violations: string[];
	/** console errors and uncaught exceptions */
	errors: string[];
}

/** Collects securitypolicyviolation events from every document the page loads. */
export async function watchCsp(page: Page): Promise<CspWatch> {
	const watch: CspWatch = { violations: [], errors: [] };
	await page.exposeFunction('__reportCspViolation', (v: string) => watch.violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation(
				`${e.effectiveDirective} blocked ${e.blockedURI} ${e.sample}`
			);
		});
	});
	page.on('console', (m) => {
		if (m.type() === 'error') watch.errors.push(m.text());
	});
	page.on('pageerror', (e) => watch.errors.push(e.message));
	return watch;
}
