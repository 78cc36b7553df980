// Standardization view: a district's local implementation of a published base catalog item, with a
// faster promised time limit (allowed) and an extra material (to be reviewed), as the reviewer sees it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extraMaterial, getItem } from '../review/api';
import { launch, newContext } from './browser';

const BASE = '1141010000580322433000131029000'; // 食品经营许可（新办）, published v1 in the demo
const LOCAL = '1141010000580322433000131029901';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('standardization view', () => {
	it('lists the local implementation with allowed and flagged deviations from its base', async () => {
		const editor = await newContext(browser, { user: 'editor' });
		const base = await getItem(editor.context.request, BASE);
		const doc = structuredClone(base.document);
		doc.code = LOCAL;
		delete doc.codeProfile;
		doc.base = { code: BASE, version: 1 };
		doc.guide.promisedTimeLimit.value = doc.guide.promisedTimeLimit.value - 2;
		doc.materials.push(extraMaterial(doc, 'district-proof', '街道办事处出具的经营场所证明'));
		const created = await editor.context.request.post('/api/v1/items', {
			data: { document: doc, department: 'market' }
		});
		expect(created.status(), await created.text()).toBe(201);
		await editor.context.close();

		const { context, page } = await newContext(browser, { user: 'reviewer' });
		await page.goto('/review/standard');
		const row = page.locator(`tr[data-local="${LOCAL}"]`);
		await expect.poll(() => row.count()).toBe(1);
		expect(await page.locator(`section[data-base="${BASE}"] h2`).textContent()).toContain(
			'食品经营许可（新办）'
		);
		// its own code and the faster time limit are allowed; the added material is not
		expect(await row.getByTestId('flagged').textContent()).toBe('1');
		expect(await row.getByTestId('allowed').textContent()).toBe('2');
		expect(await row.textContent()).toContain('存在 1 项需审查的差异');

		await row.getByText('查看差异明细').click();
		const flaggedRow = row.locator('tr[data-class="flagged"]');
		expect(await flaggedRow.count()).toBe(1);
		expect(await flaggedRow.textContent()).toContain('《街道办事处出具的经营场所证明》');
		expect(await flaggedRow.textContent()).toContain('需审查');
		const fast = row.locator('tr[data-class="allowed"]', { hasText: '承诺办结时限' });
		expect(await fast.count()).toBe(1);
		await context.close();
	});
});
