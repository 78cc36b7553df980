// The reviewer's screens beyond the main workflow: filtering the queue, lint findings a revision
// introduces, the two forms rendered only on demand, the English interface, and retiring an item.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDraft, submit } from '../review/api';
import { launch, newContext } from './browser';

const LIVING = '11410100005803259M4000105001000'; // 城乡居民最低生活保障 (civil-affairs)
const PERMIT = '11410100005803232X3000116001000'; // 建筑工程施工许可证核发
const WILD = '1141010000580321683000117016000'; // left pending by the demo content (forestry)

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
	const { context } = await newContext(browser, { user: 'editor' });
	await saveDraft(context.request, LIVING, (d) => {
		d.guide.promisedTimeLimit.value = 3;
		d.guide.conditions[0] = d.guide.conditions[0] + '（以户籍所在地为准）';
	});
	await submit(context.request, LIVING);
	await context.close();
});
afterAll(async () => {
	await browser?.close();
});

describe('review screens', () => {
	it('filters the queue by department and by kind', async () => {
		const { context, page } = await newContext(browser, { user: 'reviewer' });
		await page.goto('/review');
		// the filter form answers once the page is hydrated and its loads have settled
		await page.waitForLoadState('networkidle');
		const rows = page.locator('[data-testid="review-queue"] tbody tr');
		await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);

		await page.getByLabel('部门').selectOption('forestry');
		await page.getByRole('button', { name: '筛选', exact: true }).click();
		await page.waitForURL(/department=forestry/);
		await expect.poll(() => rows.count()).toBe(1);
		expect(await rows.first().getAttribute('data-code')).toBe(WILD);

		await page.getByLabel('部门').selectOption('');
		await page.getByLabel('事项类型').selectOption('payment');
		await page.getByRole('button', { name: '筛选', exact: true }).click();
		await page.waitForURL(/kind=payment/);
		await expect.poll(() => rows.count()).toBe(1);
		expect(await rows.first().getAttribute('data-code')).toBe(LIVING);
		// the shortened time limit breaks the supplement deadlines and no longer holds the steps' own
		// limits: three lint errors
		expect((await rows.first().locator('td').last().textContent())?.trim()).toBe('3');
		await context.close();
	});

	it('shows the lint findings this revision introduced, and a long text diffed by character', async () => {
		const { context, page } = await newContext(browser, { user: 'reviewer' });
		await page.goto(`/review/${LIVING}`);
		const lint = page.getByTestId('lint-delta');
		await expect
			.poll(() => lint.locator('caption').first().textContent())
			.toBe('本次新增的问题（3）');
		expect(await lint.textContent()).toContain('supplement-exceeds-promised');
		expect(await lint.textContent()).toContain('process-exceeds-promised');

		const condition = page.locator(
			'[data-testid="against-published"] li.change[data-pointer^="/guide/conditions"]'
		);
		expect(await condition.locator('ins').textContent()).toBe('（以户籍所在地为准）');
		await context.close();
	});

	it('renders the old and new forms only when that section is opened', async () => {
		const { context, page } = await newContext(browser, { user: 'reviewer' });
		await page.goto(`/review/${LIVING}`);
		const published = page.getByTestId('against-published');
		const forms = published.locator('details.forms');
		await expect.poll(() => forms.count()).toBe(1);
		const oldForm = forms.getByRole('region', { name: '比对版本的申请表' });
		const newForm = forms.getByRole('region', { name: '本次提交的申请表' });
		expect(await oldForm.count()).toBe(0);

		await forms.locator('summary').click();
		await expect.poll(() => newForm.locator('input, select, textarea').count()).toBeGreaterThan(3);
		expect(await oldForm.locator('input, select, textarea').count()).toBe(
			await newForm.locator('input, select, textarea').count()
		);
		await context.close();
	});

	it('speaks English when the interface is switched', async () => {
		const { context, page } = await newContext(browser, { user: 'reviewer', locale: 'en' });
		await page.goto(`/review/${LIVING}`);
		await expect
			.poll(() => page.getByRole('button', { name: 'Approve', exact: true }).count())
			.toBe(1);
		expect(await page.getByRole('heading', { name: /Service guide/ }).count()).toBeGreaterThan(0);
		expect(await page.getByTestId('diff-summary').textContent()).toContain('For applicants');
		// sentences come from the domain in the same language
		expect(await page.getByTestId('against-published').textContent()).toMatch(
			/promised time limit/i
		);
		await context.close();
	});

	it('retires a published item with its reason; the portal then answers 410', async () => {
		const { context, page } = await newContext(browser, { user: 'reviewer' });
		page.on('dialog', (d) => void d.accept());
		await page.goto(`/review/${PERMIT}`);
		await page.getByLabel('取消原因').fill('国务院决定取消该行政许可事项。');
		await page.getByRole('button', { name: '取消事项' }).click();
		await expect.poll(() => page.getByTestId('item-status').textContent()).toBe('已取消');
		expect(await page.getByText('国务院决定取消该行政许可事项。').count()).toBeGreaterThan(0);
		const portal = await context.request.get(`/api/v1/portal/items/${PERMIT}`);
		expect(portal.status()).toBe(410);
		await context.close();
	});
});
