// The review workflow as an editor and a reviewer live it, in two browser contexts: a change that
// adds a required material and shortens the promised time limit is reviewed, commented on, returned,
// fixed, re-reviewed (only the fix shows as new), approved and published for a later date, while
// the portal keeps serving the old version until that date.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chinaDay, extraMaterial, getItem, saveDraft, submit } from '../review/api';
import { signedIn } from './workflow';

const CODE = '11410100005803240Q3000119004000'; // 公共场所卫生许可, published v1 in the demo
const MATERIAL = '消防安全检查合格证明';

const { editor, reviewer } = signedIn('editor', 'reviewer');

const changeIn = (page: Page, section: string, pointerPrefix: string) =>
	page.locator(`[data-testid="${section}"] li.change[data-pointer^="${pointerPrefix}"]`);

describe('review of a change', () => {
	let materialIndex = 0;
	const future = chinaDay(40);

	it('shows the reviewer both changes with their verdicts for applicants and portals', async () => {
		const api = editor.context.request;
		await saveDraft(api, CODE, (d) => {
			d.guide.promisedTimeLimit.value = 8;
			d.materials.push(extraMaterial(d, 'fire-safety', MATERIAL));
			materialIndex = d.materials.length - 1;
		});
		await submit(api, CODE);

		const { page } = reviewer;
		await page.goto('/review');
		const row = page.locator(`[data-testid="review-queue"] tr[data-code="${CODE}"]`);
		await expect.poll(() => row.count()).toBe(1);
		const cells = await row.locator('td').allTextContents();
		// changes, stricter, looser: 2 changes, one stricter, one looser
		expect(cells.slice(6, 9).map((c) => c.trim())).toEqual(['2', '1', '1']);

		await row.getByRole('link').click();
		await page.waitForURL(`**/review/${CODE}`);
		const summary = page.getByTestId('diff-summary');
		await expect.poll(() => summary.textContent()).toContain('有严有松');
		expect(await summary.textContent()).toContain('向后兼容');

		const material = changeIn(page, 'against-published', `/materials/${materialIndex}`);
		expect(await material.count()).toBe(1);
		expect(await material.textContent()).toContain(`新增必要材料《${MATERIAL}》`);
		expect(await material.locator('.effect').textContent()).toBe('对申请人不利');

		const limit = changeIn(page, 'against-published', '/guide/promisedTimeLimit');
		expect(await limit.textContent()).toContain('承诺办结时限由 10 个工作日缩短为 8 个工作日');
		expect(await limit.locator('.effect').textContent()).toBe('对申请人有利');

		// the materials table marks the added row
		const added = page.locator(`table.materials tr.row-added[data-material="fire-safety"]`);
		expect(await added.count()).toBe(1);
		// first review: nothing to compare since
		expect(await page.getByTestId('since-last-review').count()).toBe(0);
	});

	it('lets the reviewer comment on one change and return the revision', async () => {
		const { page } = reviewer;
		const material = changeIn(page, 'against-published', `/materials/${materialIndex}`);
		await material.getByRole('button', { name: /^对此处提意见/ }).click();
		await material.getByRole('textbox').fill('请注明该证明由消防救援机构出具。');
		await page.getByRole('button', { name: '退回', exact: true }).click();
		await expect.poll(() => page.getByTestId('item-status').textContent()).toBe('已退回');
		expect(await page.getByRole('button', { name: '批准', exact: true }).count()).toBe(0);

		const review = await reviewer.context.request.get('/api/v1/reviews?state=returned');
		const returned = (
			(await review.json()) as {
				reviews: { item: string; comments: { pointer: string; text: string }[] }[];
			}
		).reviews.find((r) => r.item === CODE)!;
		expect(returned.comments).toEqual([
			expect.objectContaining({
				pointer: `/materials/${materialIndex}`,
				text: '请注明该证明由消防救援机构出具。'
			})
		]);
	});

	it('shows the author the comment beside the material it concerns', async () => {
		const { page } = editor;
		await page.goto(`/review/${CODE}/comments`);
		const comment = page.locator(`li[data-pointer="/materials/${materialIndex}"]`);
		await expect.poll(() => comment.count()).toBe(1);
		const text = await comment.textContent();
		expect(text).toContain(`《${MATERIAL}》`);
		expect(text).toContain('请注明该证明由消防救援机构出具。');
		const link = comment.getByRole('link');
		expect(await link.getAttribute('href')).toContain(`/designer/items/${CODE}#`);
	});

	it('after the fix, shows only the new change since the last review, then approves', async () => {
		const api = editor.context.request;
		await saveDraft(api, CODE, (d) => {
			d.materials[materialIndex].issuer = '消防救援机构';
		});
		await submit(api, CODE);

		const { page } = reviewer;
		await page.goto(`/review/${CODE}`);
		const since = page.getByTestId('since-last-review');
		await expect.poll(() => since.count()).toBe(1);
		const sinceChanges = since.locator('li.change');
		expect(await sinceChanges.count()).toBe(1);
		expect(await sinceChanges.first().textContent()).toContain('消防救援机构');
		expect(await since.textContent()).not.toContain('承诺办结时限');
		// with the comment that asked for it
		expect(await since.textContent()).toContain('请注明该证明由消防救援机构出具。');
		// against the published version both changes remain
		expect(await page.locator('[data-testid="against-published"] li.change').count()).toBe(2);

		await page.getByRole('button', { name: '批准', exact: true }).click();
		await expect.poll(() => page.getByTestId('item-status').textContent()).toBe('已通过审核');
	});

	it('publishes for a later date: scheduled, and the portal serves the old version until then', async () => {
		const { page } = reviewer;
		await page.getByLabel('生效日期').fill(future);
		await page.getByRole('button', { name: '发布', exact: true }).click();
		await expect.poll(() => page.getByTestId('item-status').textContent()).toBe('预定生效');
		expect(await page.getByText(`预定 ${future} 起生效`).count()).toBe(1);

		const portal = reviewer.context.request;
		const now = await portal.get(`/api/v1/portal/items/${CODE}`);
		expect(now.headers()['x-banshi-version']).toBe('1');
		expect((await now.json()).guide.promisedTimeLimit.value).toBe(10);
		const later = await portal.get(`/api/v1/portal/items/${CODE}?at=${future}`);
		expect(later.headers()['x-banshi-version']).toBe('2');
		const bundle = await later.json();
		expect(bundle.guide.promisedTimeLimit.value).toBe(8);
		expect(bundle.materials.map((m: { id: string }) => m.id)).toContain('fire-safety');
	});

	it('lists both versions with their diff summary and bundle links, and diffs any two', async () => {
		const { page } = reviewer;
		await page.goto(`/review/${CODE}/versions`);
		const rows = page.locator('[data-testid="versions"] tbody tr');
		await expect.poll(() => rows.count()).toBe(2);
		const v2 = page.locator('[data-testid="versions"] tr[data-version="2"]');
		expect(await v2.textContent()).toContain('对申请人不利 1 处、有利 1 处');
		expect(await v2.locator('td').nth(2).textContent()).toBe('editor');
		expect(await v2.locator('td').nth(3).textContent()).toBe('reviewer');
		expect(await v2.getByRole('link').getAttribute('href')).toBe(
			`/api/v1/portal/items/${CODE}/versions/2`
		);
		// default pair: v1 → v2
		expect(await page.getByTestId('diff-summary').textContent()).toContain('有严有松');
		await page.getByLabel('旧版本').selectOption('2');
		await page.getByLabel('新版本').selectOption('2');
		await page.getByRole('button', { name: '比对' }).click();
		await page.waitForURL(/a=2&b=2/);
		// the same version twice: nothing to compare
		expect(await page.getByTestId('diff-summary').count()).toBe(0);
	});
});

describe('own revisions', () => {
	const OWN = '11410100005803267G3000120010000'; // 社会保障卡申领

	it('offers the author no approve button and the API refuses with 403 problem+json', async () => {
		const api = editor.context.request;
		await saveDraft(api, OWN, (d) => {
			d.guide.conditions.push('申请人应当如实提供本人信息。');
		});
		const review = await submit(api, OWN);

		await editor.page.goto(`/review/${OWN}`);
		await expect
			.poll(() => editor.page.getByText('你是该版本的作者，不能审核自己的修改。').count())
			.toBe(1);
		expect(await editor.page.getByRole('button', { name: '批准', exact: true }).count()).toBe(0);
		expect(await editor.page.getByRole('button', { name: '退回', exact: true }).count()).toBe(0);

		const r = await api.post(`/api/v1/reviews/${review.id}/approve`, { data: {} });
		expect(r.status()).toBe(403);
		expect(r.headers()['content-type']).toContain('application/problem+json');
		expect((await getItem(api, OWN)).status).toBe('in-review');

		// another person, a reviewer, is offered the decision
		await reviewer.page.goto(`/review/${OWN}`);
		await expect
			.poll(() => reviewer.page.getByRole('button', { name: '批准', exact: true }).count())
			.toBe(1);
	});
});
