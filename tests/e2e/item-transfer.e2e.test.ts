// 划转 / 下放 as the administrator does it (issue 16 part 1): on the item's review page the
// administrator picks the receiving department and the way, confirms, and is told the item now
// belongs there as a draft; the item's trail names both departments.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { draftCopy, ok, publish, signedIn, template } from './workflow';

const TEMPLATE = template('wild-plant-collection');
const tag = randomBytes(3).toString('hex');

const { admin, editor, reviewer } = signedIn('admin', 'editor', 'reviewer');

describe('划转 on the review page', () => {
	it('moves a published item to the chosen department as a draft', async () => {
		const created = await draftCopy(editor, TEMPLATE, { name: `划转测试（${tag}）` });
		const code = created.code as string;
		await publish({ editor, reviewer }, code);

		const { page } = admin;
		page.on('dialog', (d) => d.accept());
		await page.goto(`/review/${code}`);
		await page.waitForLoadState('networkidle');
		const panel = page.getByRole('region', { name: /划转事项/ });
		const department = panel.getByLabel('接收部门');
		await expect.poll(() => department.locator('option').count()).toBeGreaterThan(1);
		const target = await department.locator('option').nth(1).getAttribute('value');
		expect(target).not.toBe(created.department);
		await department.selectOption(target!);
		await panel.getByLabel('方式').selectOption('delegate');
		await panel.getByLabel(/划转或下放文件/).fill(`测试下放文件 ${tag}`);
		await panel.getByRole('button', { name: '划转' }).click();
		await expect.poll(() => panel.getByRole('status').textContent()).toContain('现为草稿');

		const after = await ok(await admin.context.request.get(`/api/v1/items/${code}`));
		expect([after.department, after.status]).toEqual([target, 'draft']);
		expect(after.document.guide.lineage).toMatchObject({
			change: 'delegate',
			basis: `测试下放文件 ${tag}`,
			predecessors: [{ code, version: 1 }]
		});
		expect(after.document.guide.entrustment.mode).toBe('delegate');
		const trail = await ok(await admin.context.request.get(`/api/v1/items/${code}/trail`));
		expect(trail.entries[0]).toMatchObject({
			action: 'item.delegate',
			detail: { from: created.department, to: target }
		});
	});
});
