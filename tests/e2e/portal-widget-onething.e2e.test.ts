// The embeddable widget showing a 一件事 on another site's plain HTML page: 开办餐饮店's one form,
// checked by its members' precompiled validators under a host policy that forbids eval, and the one
// verdict from the Banshi server told to the applicant and to the host page. The one-thing's code
// is fetched only by an element that asks for a one-thing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, newContext } from './browser';
import { FOOD, HYGIENE, REGISTRATION, RESTAURANT, fillRestaurant } from './onething-helpers';
import { watchCsp } from './portal-helpers';
import { ensureWidgetBuilt, startHostSite, widgetEvents, type HostSite } from './widget-host';

const ONETHING_CHUNK = /\/widget\/chunks\/OneThingForm-[^/]*\.js$/;

let browser: Browser;
let host: HostSite;
beforeAll(async () => {
	ensureWidgetBuilt();
	host = await startHostSite();
	browser = await launch();
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await host?.close();
});

const restaurant = () => `onething="${baseURL()}/api/v1/portal/onethings/${RESTAURANT}"`;

/** The host page with the given attributes on its element; which of the widget's chunks it fetched. */
async function openHost(page: Page, attrs: string): Promise<string[]> {
	const chunks: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/widget/chunks/')) chunks.push(new URL(r.url()).pathname);
	});
	await host.open(page, attrs);
	return chunks;
}

const events = widgetEvents;

describe('embeddable widget with a one-thing (一件事)', () => {
	it('takes one form on another site and shows and emits the one verdict with each member’s', async () => {
		const { context, page } = await newContext(browser);
		const csp = await watchCsp(page);
		const chunks = await openHost(page, restaurant());
		const widget = page.locator('banshi-form');
		await widget.getByRole('heading', { level: 2, name: '开办餐饮店“一件事”' }).waitFor();
		await widget.getByRole('button', { name: '检查申请材料' }).waitFor();
		expect(chunks.some((c) => ONETHING_CHUNK.test(c))).toBe(true);
		expect(await widget.getByTestId('retired-members').count()).toBe(0);

		await fillRestaurant(page);
		await widget.getByRole('button', { name: '检查申请材料' }).click();

		await expect
			.poll(async () => (await events(page)).map((e) => e.type))
			.toEqual(['banshi-submit', 'banshi-decision']);
		const [submit, decided] = await events(page);
		const submission = submit.detail as { materials: object; commitment: boolean };
		expect(submission.commitment).toBe(true);
		expect(Object.keys(submission.materials)).toContain('site-plan');
		const d = decided.detail as {
			decision: string;
			supplementDeadline: string;
			members: { code: string; decision?: { decision: string } }[];
		};
		expect(d.decision).toBe('accept-with-tolerance');
		expect(d.supplementDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(Object.fromEntries(d.members.map((m) => [m.code, m.decision?.decision]))).toEqual({
			[REGISTRATION]: 'accept',
			[FOOD]: 'accept-with-tolerance',
			[HYGIENE]: 'accept'
		});

		// the applicant sees the same verdict, and focus moves to it inside the shadow root
		const verdict = widget.locator('section.ot-decision');
		expect(await verdict.getAttribute('data-decision')).toBe('accept-with-tolerance');
		expect(await verdict.locator(`li[data-member="${FOOD}"]`).textContent()).toContain(
			'与食品经营相适应的主要设备设施清单'
		);
		expect(await widget.getByTestId('supplement-deadline').textContent()).toMatch(
			/请于 \d{4}年\d{1,2}月\d{1,2}日 前一次补齐/
		);
		const heading = await verdict.getByRole('heading', { level: 2 }).getAttribute('id');
		await expect
			.poll(() => widget.evaluate((el) => el.shadowRoot?.activeElement?.id ?? ''))
			.toBe(heading);
		expect(csp.violations).toEqual([]);
		expect(csp.errors).toEqual([]);
		await context.close();
	});

	it('speaks English with lang="en"', async () => {
		const { context, page } = await newContext(browser);
		await openHost(page, `lang="en" ${restaurant()}`);
		const widget = page.locator('banshi-form');
		await widget.getByRole('button', { name: 'Check my application' }).waitFor();
		expect(await widget.getByText(/^One form for 3 items/).count()).toBe(1);
		expect(await widget.getByText('检查申请材料').count()).toBe(0);
		await context.close();
	});

	it('refuses the application, as the portal does, while the server names a retired member', async () => {
		const { context, page } = await newContext(browser);
		await page.route(/\/retired-members$/, (route) =>
			route.fulfill({
				contentType: 'application/json',
				headers: { 'access-control-allow-origin': '*' },
				body: JSON.stringify({
					code: RESTAURANT,
					version: 1,
					members: [
						{
							code: HYGIENE,
							name: '公共场所卫生许可',
							reason: '改为告知承诺',
							retiredAt: '2026-11-30T08:00:00.000Z'
						}
					]
				})
			})
		);
		await openHost(page, restaurant());
		const widget = page.locator('banshi-form');
		const refusal = widget.getByTestId('retired-members');
		await refusal.waitFor();
		expect(await refusal.textContent()).toContain('改为告知承诺');
		expect(await widget.getByRole('button', { name: '检查申请材料' }).count()).toBe(0);
		await context.close();
	});

	it('is shown by the bundled one-thing example page', async () => {
		const { context, page } = await newContext(browser);
		await page.goto('/widget-onething-example.html');
		const widget = page.locator('#restaurant');
		await widget.getByRole('button', { name: '检查申请材料' }).waitFor();
		await fillRestaurant(page);
		await widget.getByRole('button', { name: '检查申请材料' }).click();
		await expect
			.poll(() => page.locator('#log').textContent())
			.toContain('banshi-decision: accept-with-tolerance');
		await context.close();
	});

	it('does not fetch the one-thing’s code for an item’s form', async () => {
		const { context, page } = await newContext(browser);
		const chunks = await openHost(
			page,
			`src="${baseURL()}/api/v1/portal/items/${FOOD}/versions/1"`
		);
		await page.locator('banshi-form').getByRole('button', { name: '检查申请材料' }).waitFor();
		expect(chunks.length).toBeGreaterThan(0);
		expect(chunks.filter((c) => ONETHING_CHUNK.test(c))).toEqual([]);
		await context.close();
	});
});
