// The embeddable widget on another site's plain HTML page: it renders a published form from the
// Banshi server, checks it with the published rules and tells the host page the decision, under
// a host policy that forbids eval.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkdays, defaultCalendar } from '../../src/lib/domain/workdays';
import { baseURL, launch, newContext } from './browser';
import {
	FOOD,
	fillApplicant,
	fillBusiness,
	food,
	formatDay,
	pdf,
	watchCsp
} from './portal-helpers';
import { ensureWidgetBuilt, startHostSite, widgetEvents, type HostSite } from './widget-host';

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

/** The other site's page embedding the published food form, with further attributes. */
async function openHost(page: Page, attrs = '') {
	await host.open(page, `${attrs} src="${baseURL()}/api/v1/portal/items/${FOOD.code}/versions/1"`);
}

const events = widgetEvents;

describe('embeddable widget', () => {
	it('renders a published form on another site, decides with its date attribute and emits the decision', async () => {
		const { context, page } = await newContext(browser);
		const csp = await watchCsp(page);
		await openHost(page, 'date="2026-09-29"');
		const f = food(page);
		await f('/applicant/name').waitFor();
		expect(await page.locator('banshi-form').evaluate((el) => !!el.shadowRoot)).toBe(true);
		// styled inside its shadow root although the host allows no inline style
		const submitButton = page.locator('banshi-form').getByRole('button', { name: '检查申请材料' });
		expect(await submitButton.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
			'rgb(31, 95, 174)'
		);

		// the widget carries the provinces only: a picked province's counties come when picked
		const regionLists: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/widget/regions/')) regionLists.push(new URL(r.url()).pathname);
		});
		await fillApplicant(page);
		await f('/applicant/idNumber').fill('410105198506123017');
		await fillBusiness(page);
		expect(regionLists).toEqual(['/widget/regions/41.json']);
		await f('/safetyManagers/0/name').fill('张伟');
		await f('/safetyManagers/0/idNumber').fill('410105198506123017');
		await f('/safetyManagers/0/mobile').fill('13803710002');
		await page.getByRole('group', { name: '是否委托代理人办理' }).getByLabel('否').check();
		await page.getByLabel(/^食品经营许可申请书/).setInputFiles(pdf('申请书.pdf'));
		await page.getByLabel(/^与食品经营相适应的主要设备设施清单/).setInputFiles(pdf('设备.pdf'));
		await page.getByLabel(/^食品安全自查/).setInputFiles(pdf('制度.pdf'));
		await expect.poll(() => page.locator('banshi-form .bsf-file-chosen').count()).toBe(3);
		await page.getByLabel('本人已阅读并签署上述告知承诺书').check();
		await page.locator('banshi-form').getByRole('button', { name: '检查申请材料' }).click();

		await expect
			.poll(async () => (await events(page)).map((e) => e.type))
			.toEqual(['banshi-submit', 'banshi-decision']);
		const [submit, decision] = await events(page);
		const submission = submit.detail as {
			form: { applicant: { name: string } };
			materials: object;
			commitment: boolean;
		};
		expect(submission.form.applicant.name).toBe('示范市金水区张记面馆');
		expect(Object.keys(submission.materials).sort()).toEqual(
			['application-form', 'equipment-list', 'safety-rules'].sort()
		);
		expect(submission.commitment).toBe(true);
		// five working days from 29 September 2026 run across the National Day holiday
		const deadline = addWorkdays(defaultCalendar(), '2026-09-29', 5);
		expect(deadline > '2026-10-08').toBe(true);
		const d = decision.detail as { decision: string; supplementDeadline: string };
		expect(d.decision).toBe('accept-with-tolerance');
		expect(d.supplementDeadline).toBe(deadline);
		// the widget shows the same decision to the applicant
		const shown = page.locator('banshi-form [data-decision]');
		expect(await shown.getAttribute('data-decision')).toBe('accept-with-tolerance');
		expect(await shown.textContent()).toContain(formatDay(deadline));
		expect(csp.violations).toEqual([]);
		await context.close();
	});

	it('takes a reader from its error list to the field inside its shadow root, and keeps them there when the result comes later', async () => {
		const { context, page } = await newContext(browser);
		// a slow connection: the result's code arrives only after the reader has chosen a field
		let deliver = () => {};
		const delivered = new Promise<void>((resolve) => (deliver = resolve));
		await page.route(/\/widget\/chunks\/DecisionView-[^/]*\.js$/, async (route) => {
			await delivered;
			await route.continue();
		});
		await openHost(page);
		await food(page)('/applicant/name').waitFor();
		const widget = page.locator('banshi-form');
		await widget.getByRole('button', { name: '检查申请材料' }).click();
		const summary = page.locator('banshi-form .bsf-summary');
		await summary.waitFor();
		await summary.getByRole('link').first().click();
		// the page's document cannot see into the shadow root: the field is found from inside it
		const focused = () =>
			widget.evaluate((host) => {
				const el = host.shadowRoot?.activeElement;
				return el ? `${el.tagName}:${el.getAttribute('aria-invalid')}` : 'none';
			});
		await expect.poll(focused).toBe('INPUT:true');
		expect(await widget.locator('[data-decision]').count()).toBe(0);

		deliver();
		const heading = widget.locator('[data-decision] h2');
		await heading.waitFor();
		// the result is spoken where the reader is instead of taking them away from the field
		const verdict = (await heading.textContent()) ?? '';
		expect(verdict).toContain('一次性');
		await expect
			.poll(() => widget.locator('.pg-apply > [aria-live="polite"]').textContent())
			.toContain(verdict);
		expect(await focused()).toBe('INPUT:true');
		await context.close();
	});

	it('speaks English and follows the current-version URL', async () => {
		const { context, page } = await newContext(browser);
		// the current-version URL: the widget finds the version (and its validators) by Content-Location
		await openHost(page, `lang="en" src="${baseURL()}/api/v1/portal/items/${FOOD.code}"`);
		const widget = page.locator('banshi-form');
		await widget.getByRole('button', { name: 'Check my application' }).waitFor();
		expect(await widget.getByText('I have read and sign the commitment above').count()).toBe(1);
		expect(await widget.getByText('检查申请材料').count()).toBe(0);
		await widget.getByRole('button', { name: 'Check my application' }).click();
		await expect.poll(() => widget.locator('[data-decision]').count()).toBe(1);
		expect(await widget.locator('[data-decision] h2').textContent()).toContain(
			'Supplement in one go'
		);
		await context.close();
	});

	it('is served by the app with CORS, and the bundled example page works', async () => {
		const { context, page } = await newContext(browser);
		const r = await context.request.get('/widget/banshi-form.js');
		expect(r.status()).toBe(200);
		expect(r.headers()['content-type']).toContain('javascript');
		expect(r.headers()['access-control-allow-origin']).toBe('*');
		const henan = await context.request.get('/widget/regions/41.json');
		expect(henan.status()).toBe(200);
		expect(henan.headers()['access-control-allow-origin']).toBe('*');
		expect((await henan.json())['410105']).toBe('金水区');
		// only the widget's own files: no source maps, nothing outside its directory
		for (const other of ['/widget/regions/4.json', '/widget/banshi-form.js.map', '/widget/x.js']) {
			expect((await context.request.get(other)).status(), other).toBe(404);
		}
		const v = await context.request.get(
			`/api/v1/portal/items/${FOOD.code}/versions/1/validator.js`
		);
		expect(v.status()).toBe(200);
		expect(v.headers()['cache-control']).toContain('immutable');
		const again = await context.request.get(
			`/api/v1/portal/items/${FOOD.code}/versions/1/validator.js`,
			{ headers: { 'if-none-match': v.headers().etag } }
		);
		expect(again.status()).toBe(304);

		await page.goto('/widget-example.html');
		await page.locator('#form-default').getByRole('button', { name: '检查申请材料' }).click();
		await expect
			.poll(() => page.locator('#log').textContent())
			.toContain('form-default banshi-decision');
		await context.close();
	});
});
