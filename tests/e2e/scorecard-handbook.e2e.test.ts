// The catalogue as a whole in the browser: a reviewer reads the reduction scorecard and narrows it
// to one department; a citizen prints a department's handbook; the lobby screen turns over the
// guides by itself, also for people who asked for less motion.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newContext } from './browser';
import { signedIn } from './workflow';

const { browser, reviewer, editor } = signedIn('reviewer', 'editor');

const eventually = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

/** the names of the demo department 示范市市场监督管理局's items in force (from the portal API) */
async function marketNames(page: Page): Promise<string[]> {
	const r = await page.request.get('/api/v1/portal/items?department=market&limit=100');
	const body = (await r.json()) as { items: { name: string }[] };
	return body.items.map((i) => i.name);
}

describe('the reduction scorecard', () => {
	it('shows the catalogue’s figures with charts and tables, and narrows to a department', async () => {
		const { page } = reviewer;
		await page.goto('/scorecard');
		expect(await page.locator('h1').textContent()).toBe('改革成效统计');
		const all = await (await page.request.get('/api/v1/scorecard')).json();
		expect(await page.locator('[data-figure="items"] .value').textContent()).toBe(
			String(all.overall.items)
		);
		// each chart is drawn (Chart.js sizes its canvas) and has its table beside it
		const activity = page.getByTestId('chart-activity');
		await eventually(() => activity.locator('canvas').getAttribute('style')).toMatch(/box-sizing/);
		expect(await activity.locator('table tbody tr').count()).toBe(12);
		expect(await page.getByTestId('chart-departments').locator('tbody tr').count()).toBe(
			all.departments.length
		);

		await page.getByLabel('部门', { exact: true }).selectOption('market');
		await page.getByRole('button', { name: '统计' }).click();
		await page.waitForURL(/department=market/);
		const market = await (await page.request.get('/api/v1/scorecard?department=market')).json();
		expect(market.overall.items).toBeLessThan(all.overall.items);
		await eventually(() => page.locator('[data-figure="items"] .value').textContent()).toBe(
			String(market.overall.items)
		);
		// one department: no chart comparing departments
		expect(await page.getByTestId('chart-departments').count()).toBe(0);
		const csv = await page.request.get(
			(await page.getByTestId('export-departments').getAttribute('href'))!
		);
		expect((await csv.text()).split('\r\n')[1]).toMatch(/^示范市市场监督管理局,market,/);
	});

	it('is not shown to an editor', async () => {
		const { page } = editor;
		await page.goto('/scorecard');
		expect(
			await page.getByRole('alert').or(page.locator('.bs-alert')).first().textContent()
		).toMatch(/只有管理员、审核人和效能监察人员/);
		expect(await page.getByRole('link', { name: '改革成效' }).count()).toBe(0);
	});
});

describe('the handbook', () => {
	it('lists the department’s published guides in its contents, one section each, nothing else', async () => {
		// a draft of the department's nobody has reviewed stays out of the handbook
		const doc = JSON.parse(readFileSync('templates/food-business-licence.json', 'utf8'));
		doc.code = `${String(doc.code).slice(0, -3)}977`;
		delete doc.codeProfile;
		doc.name = '食品经营许可（手册测试草稿）';
		const draft = await editor.context.request.post('/api/v1/items', { data: { document: doc } });
		expect(draft.status()).toBe(201);
		const { page } = await newContext(browser());
		await page.goto('/portal/handbook');
		await page.getByRole('link', { name: '示范市市场监督管理局' }).click();
		await page.waitForURL(/department=market/);
		expect(await page.locator('h1').textContent()).toBe('示范市市场监督管理局便民服务手册');
		const toc = page.getByRole('navigation', { name: '目录' });
		const entries = await toc.getByRole('link').allTextContents();
		expect(entries.sort()).toEqual((await marketNames(page)).sort());
		expect(entries).not.toContain(doc.name);
		expect(await page.locator('section.hb-guide').count()).toBe(entries.length);
		// the contents lead to each guide
		await toc.getByRole('link').first().click();
		expect(page.url()).toMatch(/#guide-/);
		// on paper every guide starts a new A4 page
		await page.emulateMedia({ media: 'print' });
		expect(
			await page
				.locator('section.hb-guide')
				.first()
				.evaluate((el) => getComputedStyle(el).breakBefore)
		).toBe('page');
		await page.context().close();
	});

	it('gathers every item of one kind, whichever department implements it', async () => {
		const { page, context } = await newContext(browser());
		await page.goto('/portal/handbook');
		await page
			.getByRole('navigation', { name: '事项类型' })
			.getByRole('link', { name: '行政许可' })
			.click();
		await page.waitForURL(/kind=licensing/);
		expect(await page.locator('h1').textContent()).toBe('行政许可便民服务手册');
		const r = await page.request.get('/api/v1/portal/items?kind=licensing&limit=100');
		const names = ((await r.json()) as { items: { name: string }[] }).items.map((i) => i.name);
		const toc = page.getByRole('navigation', { name: '目录' });
		expect((await toc.getByRole('link').allTextContents()).sort()).toEqual(names.sort());
		await context.close();
	});
});

describe('the lobby screen', () => {
	it('turns over the guides by itself, without controls, also with reduced motion', async () => {
		const context = await browser().newContext({
			baseURL: baseURL(),
			reducedMotion: 'reduce',
			viewport: { width: 1920, height: 1080 }
		});
		const page = await context.newPage();
		await page.goto('/portal/lobby?department=market&seconds=3');
		const stage = page.getByTestId('lobby-item');
		expect(await stage.getAttribute('aria-live')).toBe('polite');
		expect(await page.locator('button, a[href], input, select, textarea').count()).toBe(0);
		const names = await marketNames(page);
		expect(names.length).toBeGreaterThan(1);
		const first = await stage.locator('h2').textContent();
		expect(names).toContain(first);
		await eventually(() => stage.locator('h2').textContent()).not.toBe(first);
		expect(names).toContain(await stage.locator('h2').textContent());
		// large type for a hall
		expect(
			parseFloat(await stage.locator('h2').evaluate((el) => getComputedStyle(el).fontSize))
		).toBeGreaterThan(60);
		await context.close();
	});
});
