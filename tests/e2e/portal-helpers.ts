// Shared by the portal's end-to-end tests: the demo item they use, field locators of the form
// renderer, and a watch on Content-Security-Policy violations.
import type { Page } from 'playwright-core';
import { CalendarGapError } from '../../src/lib/domain/workdays';

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

/** A one-page PDF-looking file: the form hashes it in the page and keeps only the reference. */
export const pdf = (name: string) => ({
	name,
	mimeType: 'application/pdf',
	buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`)
});

export async function fillApplicant(page: Page) {
	const f = food(page);
	await f('/applicant/name').fill('示范市金水区张记面馆');
	await f('/applicant/creditCode').fill('91410105MA9GK3T858');
	await f('/applicant/legalRepresentative').fill('张伟');
	await f('/applicant/mobile').fill('13803710002');
	await f('/applicant/region').selectOption({ label: '河南省' });
	await f('/applicant/region-1').selectOption({ label: '郑州市' });
	await f('/applicant/region-2').selectOption({ label: '金水区' });
	await f('/applicant/address').fill('示范市金水区农业路23号');
}

export async function fillBusiness(page: Page) {
	const f = food(page);
	await page.getByRole('group', { name: '主体业态' }).getByLabel('餐饮服务经营者').check();
	await f('/business/premisesRegion').selectOption({ label: '河南省' });
	await f('/business/premisesRegion-1').selectOption({ label: '郑州市' });
	await f('/business/premisesRegion-2').selectOption({ label: '金水区' });
	await f('/business/premises').fill('示范市金水区农业路23号一层');
	await f('/business/area').fill('86.5');
	await page.getByRole('group', { name: '经营项目' }).getByLabel('热食类食品制售').check();
	await page.getByRole('group', { name: '是否从事网络经营' }).getByLabel('否').check();
}

/** The core's date, or null when the holiday schedule it needs has not been published yet. */
export function scheduled(compute: () => string): string | null {
	try {
		return compute();
	} catch (error) {
		if (error instanceof CalendarGapError) return null;
		throw error;
	}
}
