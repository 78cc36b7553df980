// 合并 and 拆分 as the administrator does them: on an item's review page the administrator picks
// the items to merge (found by name), names the new item, reads in the dialog what will be retired,
// confirms; the merged items are retired, the new item's designer guide names them with links, and
// once published its portal guide says what it was merged from. A split likewise, each new item
// keeping the application materials ticked for it.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { freshCode, ok, publish, publishedCopy, signedIn, template } from './workflow';

const TEMPLATE = template('wild-plant-collection');
const tag = randomBytes(3).toString('hex');

const { admin, editor, reviewer } = signedIn('admin', 'editor', 'reviewer');

/** a published item of the editor's department under a fresh code */
const published = (name: string) => publishedCopy({ editor, reviewer }, TEMPLATE, { name });

describe('合并 and 拆分 on the review page', () => {
	it('merges two published items into a new one; they are retired, it names them', async () => {
		const a = await published(`合并甲（${tag}）`);
		const b = await published(`合并乙（${tag}）`);
		const code = freshCode(TEMPLATE);
		const name = `合并后事项（${tag}）`;

		const { page } = admin;
		await page.goto(`/review/${a}`);
		await page.waitForLoadState('networkidle');
		const panel = page.getByRole('region', { name: '合并事项' });
		await panel.getByLabel('按编码或名称查找已发布事项').fill(`合并乙（${tag}）`);
		await panel.getByRole('button', { name: '查找' }).click();
		await panel.getByRole('button', { name: `加入 合并乙（${tag}）` }).click();
		await panel.getByLabel('新事项编码').fill(code);
		await panel.getByLabel('新事项名称').fill(name);
		await panel.getByRole('button', { name: '合并…' }).click();

		const dialog = page.getByRole('dialog', { name: '确认合并' });
		await expect
			.poll(() => dialog.getByRole('listitem').allTextContents())
			.toEqual([`合并甲（${tag}）（${a}）`, `合并乙（${tag}）（${b}）`]);
		await dialog.getByRole('button', { name: '合并事项' }).click();
		await expect
			.poll(() => panel.getByRole('status').textContent())
			.toContain('被合并的事项已取消');

		for (const c of [a, b]) {
			const item = await ok(await admin.context.request.get(`/api/v1/items/${c}`));
			expect(item.status, c).toBe('retired');
		}

		// the designer's guide of the new item names both, with links
		await page.goto(`/designer/items/${code}`);
		await page.getByRole('tab', { name: '办事指南' }).click();
		const note = page.getByTestId('designer-lineage');
		await expect.poll(() => note.textContent()).toContain('本事项由以下事项合并而来');
		expect(
			await note.getByRole('link', { name: `合并甲（${tag}）（${a}）` }).getAttribute('href')
		).toBe(`/designer/items/${a}`);
		// …and a merged item's guide says where it went
		await page.goto(`/designer/items/${b}`);
		await page.getByRole('tab', { name: '办事指南' }).click();
		const went = page.getByTestId('designer-lineage');
		await expect.poll(() => went.textContent()).toContain('本事项已并入');
		expect(await went.getByRole('link', { name: code }).getAttribute('href')).toBe(
			`/designer/items/${code}`
		);

		// published, the portal guide says what it was merged from
		await publish({ editor, reviewer }, code);
		await page.goto(`/portal/items/${code}`);
		await expect
			.poll(() => page.locator('main').textContent())
			.toContain(`本事项由合并甲（${tag}）（${a}）、合并乙（${tag}）（${b}）合并而来`);
	});

	it('splits a published item in two, each keeping the materials ticked; it is retired, each part names it', async () => {
		const whole = await published(`拆分前（${tag}）`);
		const parts = [freshCode(TEMPLATE), freshCode(TEMPLATE)];
		const { page } = admin;
		await page.goto(`/review/${whole}`);
		await page.waitForLoadState('networkidle');
		const panel = page.getByRole('region', { name: '拆分事项' });
		const part = (i: number) => panel.getByRole('group', { name: `新事项 ${i + 1}` });
		const kept = (i: number) => part(i).getByRole('group', { name: '保留的申请材料' });
		for (const [i, c] of parts.entries()) {
			await part(i).getByLabel('新事项编码').fill(c);
			await part(i)
				.getByLabel('新事项名称')
				.fill(`拆分后${i + 1}（${tag}）`);
		}
		// every material is ticked for every part at first
		const ids = TEMPLATE.materials.map((m: { id: string }) => m.id);
		await expect
			.poll(() => kept(0).getByRole('checkbox', { checked: true }).count())
			.toBe(ids.length);
		// the plan left out of both: the panel names it and will not split
		await kept(0).getByLabel('采集方案').uncheck();
		await kept(1).getByLabel('采集方案').press('Space');
		await expect
			.poll(() => panel.locator('#split-unkept').textContent())
			.toContain('没有新事项保留申请材料 “采集方案”');
		expect(await panel.getByRole('button', { name: '拆分…' }).isDisabled()).toBe(true);
		// the second part keeps the plan after all, and leaves the power of attorney to the first
		await kept(1).getByLabel('采集方案').check();
		await kept(1).getByLabel('授权委托书及代理人身份证明').uncheck();
		await panel.getByRole('button', { name: '拆分…' }).click();
		const dialog = page.getByRole('dialog', { name: '确认拆分' });
		await expect.poll(() => dialog.textContent()).toContain(`拆分前（${tag}）（${whole}）将被取消`);
		await dialog.getByRole('button', { name: '拆分事项' }).click();
		await expect.poll(() => panel.getByRole('status').textContent()).toContain('本事项已取消');

		expect((await ok(await admin.context.request.get(`/api/v1/items/${whole}`))).status).toBe(
			'retired'
		);
		const expected = [
			ids.filter((id: string) => id !== 'collection-plan'),
			ids.filter((id: string) => id !== 'power-of-attorney')
		];
		for (const [i, c] of parts.entries()) {
			const item = await ok(await admin.context.request.get(`/api/v1/items/${c}`));
			expect(item.document.guide.lineage).toMatchObject({
				change: 'split',
				predecessors: [{ code: whole, version: 1 }]
			});
			expect(item.document.materials.map((m: { id: string }) => m.id)).toEqual(expected[i]);
		}
	});

	it('merges into a chosen department; the new item is that department’s', async () => {
		const a = await published(`选部门甲（${tag}）`);
		await published(`选部门乙（${tag}）`);
		const departments = (await ok(await admin.context.request.get('/api/v1/departments')))
			.departments as { code: string; name: string }[];
		const own = (await ok(await admin.context.request.get(`/api/v1/items/${a}`))).department;
		const other = departments.find((d) => d.code !== own)!;
		const code = freshCode(TEMPLATE);
		const { page } = admin;
		await page.goto(`/review/${a}`);
		await page.waitForLoadState('networkidle');
		const panel = page.getByRole('region', { name: '合并事项' });
		await panel.getByLabel('按编码或名称查找已发布事项').fill(`选部门乙（${tag}）`);
		await panel.getByRole('button', { name: '查找' }).click();
		await panel.getByRole('button', { name: `加入 选部门乙（${tag}）` }).click();
		await panel.getByLabel('新事项编码').fill(code);
		await panel.getByLabel('新事项名称').fill(`选部门后（${tag}）`);
		const select = panel.getByLabel('新事项的实施主体');
		expect(await select.inputValue()).toBe(own);
		await select.selectOption(other.code);
		await panel.getByRole('button', { name: '合并…' }).click();
		const dialog = page.getByRole('dialog', { name: '确认合并' });
		await expect.poll(() => dialog.textContent()).toContain(`属于 ${other.name}`);
		await dialog.getByRole('button', { name: '合并事项' }).click();
		await expect
			.poll(() => panel.getByRole('status').textContent())
			.toContain('被合并的事项已取消');
		expect((await ok(await admin.context.request.get(`/api/v1/items/${code}`))).department).toBe(
			other.code
		);
	});

	it('shows a refused merge beside the code it names', async () => {
		const a = await published(`冲突甲（${tag}）`);
		const b = await published(`冲突乙（${tag}）`);
		const { page } = admin;
		await page.goto(`/review/${a}`);
		await page.waitForLoadState('networkidle');
		const panel = page.getByRole('region', { name: '合并事项' });
		await panel.getByLabel('按编码或名称查找已发布事项').fill(b);
		await panel.getByRole('button', { name: '查找' }).click();
		await panel.getByRole('button', { name: `加入 冲突乙（${tag}）` }).click();
		// the new code is one that exists already
		await panel.getByLabel('新事项编码').fill(b);
		await panel.getByLabel('新事项名称').fill(`冲突后（${tag}）`);
		await panel.getByRole('button', { name: '合并…' }).click();
		await page
			.getByRole('dialog', { name: '确认合并' })
			.getByRole('button', { name: '合并事项' })
			.click();
		const code = panel.getByLabel('新事项编码');
		await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#merge-code-error').textContent()).toContain(b);
		expect((await ok(await admin.context.request.get(`/api/v1/items/${a}`))).status).not.toBe(
			'retired'
		);
	});
});
