// Guide text comes from department editors; the portal shows it as text. Markup or script typed
// into a guide field must reach the citizen as the characters typed, never as a live element.
import { describe, expect, it } from 'vitest';
import { newContext } from './browser';
import { watchCsp } from './portal-helpers';
import { draftCopy, publish, signedIn, template } from './workflow';

const { browser, editor, reviewer } = signedIn('editor', 'reviewer');

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">年满16周岁';

describe('portal guide text', () => {
	it('shows script and markup an editor typed as inert text', async () => {
		const code = `11410100005803267G300012001${String(Date.now() % 10_000).padStart(4, '0')}`;
		await draftCopy(
			editor,
			template('social-security-card'),
			{ code, name: '社会保障卡申领（标记测试）', department: 'hrss' },
			(doc) => {
				doc.guide.conditions[0] = HOSTILE;
				// a limit far beyond any published holiday schedule: the guide says so instead of guessing
				doc.guide.legalTimeLimit = { value: 2000, unit: 'workday' };
				doc.guide.promisedTimeLimit = { value: 2000, unit: 'workday' };
				doc.guide.faq = [
					{ question: '<b>粗体？</b>', answer: '<a href="javascript:alert(1)">点此</a>' }
				];
			}
		);
		await publish({ editor, reviewer }, code);

		const { context, page } = await newContext(browser());
		const csp = await watchCsp(page);
		await page.goto(`/portal/items/${code}`);
		const conditions = page.getByRole('region', { name: '受理条件' });
		expect(await conditions.locator('li').first().textContent()).toBe(HOSTILE);
		expect(await page.locator('.pg-guide script, .pg-guide img, .pg-faq b').count()).toBe(0);
		expect(await page.locator('.pg-faq a').count()).toBe(0);
		expect(await page.getByText('<b>粗体？</b>').count()).toBe(1);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('.pg-estimate').textContent()).toMatch(
			// a far-future deadline: the years without a schedule are named and counted on weekends only
			/^如今日受理，预计于 .+ 前办结（[\d、]+ 年节假日安排尚未载入，暂按周末计算）$/
		);
		expect(csp.violations).toEqual([]);
		await context.close();
	});
});
