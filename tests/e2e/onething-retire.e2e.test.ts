// 一件事 retired (停止), as the people involved meet it: a reviewer opens a published one-thing on
// the review desk, gives the reason and retires it; the portal's list no longer offers it, its page
// is gone (410 from the API), and the version published stays readable by its number. The
// one-thing's trail on the same page shows the retirement.
import { describe, expect, it } from 'vitest';
import type { Doc as Json } from '../review/api';
import { newContext } from './browser';
import { ok, publish, signedIn } from './workflow';

const stamp = String(Date.now() % 1e6).padStart(6, '0');
const code = `YJS-410100-8${stamp}`;
const name = `开办餐饮店（停止演示 ${stamp}）`;

const { browser, editor, reviewer } = signedIn('editor', 'reviewer');

describe('retiring a one-thing (停止)', () => {
	it('a reviewer retires a published one-thing: the portal stops listing it, version 1 stays', async () => {
		// 开办餐饮店 from its template under a code and name of its own, over the demo content's
		// published members: created, submitted, approved and published
		const api = editor.context.request;
		await ok(
			await api.post('/api/v1/onethings', { data: { template: 'open-restaurant', code, name } })
		);
		await publish({ editor, reviewer }, code, 'onethings');
		const listed = await ok(await api.get(`/api/v1/portal/onethings?q=${code}`));
		expect(listed.onethings.map((o: Json) => o.code)).toEqual([code]);

		const { page } = reviewer;
		page.on('dialog', (d) => void d.accept());
		await page.goto(`/review/onethings/${code}`);
		const panel = page.getByRole('region', { name: '停止一件事' });
		await panel.waitFor();
		const retire = panel.getByRole('button', { name: '停止一件事' });
		expect(await retire.isDisabled()).toBe(true);
		await panel.getByLabel('停止原因').fill('并入“开办企业”一件事');
		await retire.click();
		await expect
			.poll(() => panel.getByRole('status').textContent(), { timeout: 15_000 })
			.toBe('一件事已停止。');
		await expect
			.poll(() => page.getByTestId('onething-retired').textContent(), { timeout: 15_000 })
			.toContain('并入“开办企业”一件事');

		// its trail, opened on the same page, begins with the retirement
		await page.getByText('查看该事项的操作记录').click();
		const trail = page.getByTestId('item-trail').locator('tbody tr');
		await expect.poll(() => trail.count(), { timeout: 15_000 }).toBeGreaterThan(3);
		expect(await trail.first().textContent()).toContain('reviewer');

		// the portal: not listed, its page gone, version 1 still answered by number
		const portal = (await newContext(browser())).page;
		await portal.goto('/portal');
		await portal.getByRole('region', { name: '一件事一次办' }).waitFor();
		expect(await portal.getByRole('link', { name }).count()).toBe(0);
		const anyone = portal.context().request;
		expect((await ok(await anyone.get(`/api/v1/portal/onethings?q=${code}`))).onethings).toEqual(
			[]
		);
		const gone = await anyone.get(`/api/v1/portal/onethings/${code}`);
		expect(gone.status()).toBe(410);
		expect((await gone.json()).lastVersion).toBe(`/api/v1/portal/onethings/${code}/versions/1`);
		const v1 = await ok(await anyone.get(`/api/v1/portal/onethings/${code}/versions/1`));
		expect(v1).toMatchObject({ code, documentType: 'onething' });
		const page410 = await portal.goto(`/portal/onethings/${code}`);
		expect(page410?.status()).toBe(410);
	});
});
