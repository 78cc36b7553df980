// The department editor's workplace in Chinese: a new item from a template, the form built by
// keyboard, a tolerable material with its rule findings, the live preview and the acceptance
// simulator, the JSON tab in step with the visual tabs, undo and redo, the national elements.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';
import { createItem, openEditor, serverItem, simpleItem, tab, waitSaved } from '../designer/e2e';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('designer: editing an item', () => {
	it(
		'creates an item from a template and builds its form by keyboard; the server gets it',
		{ timeout: 120_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });
			await page.goto('/designer');
			await page.getByRole('button', { name: '+ 新建事项' }).click();
			const dialog = page.getByRole('dialog', { name: '新建事项' });
			await dialog.getByLabel('从模板新建').check();
			await dialog
				.getByLabel('模板', { exact: true })
				.selectOption({ label: '食品经营许可（新办）' });
			await dialog.getByLabel('事项名称').fill('食品经营许可（测试）');
			await dialog.getByRole('button', { name: '创建' }).click();
			await page.waitForURL(/\/designer\/items\//);
			const code = decodeURIComponent(page.url().split('/').pop()!);
			await expect
				.poll(() => page.getByRole('heading', { level: 1 }).textContent())
				.toBe('编辑：食品经营许可（测试）');

			// tabs follow the WAI-ARIA pattern: arrow keys move and select
			await page.getByRole('tab', { name: '办事指南' }).focus();
			for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
			expect(await page.getByRole('tab', { name: '申请表单' }).getAttribute('aria-selected')).toBe(
				'true'
			);
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('申请表单');

			const addByKeyboard = async (name: string) => {
				await page.getByRole('button', { name, exact: true }).focus();
				await page.keyboard.press('Enter');
			};
			await addByKeyboard('添加分组');
			// with the section selected, the palette adds into it; then after the selected field there
			await addByKeyboard('添加身份证号');
			await addByKeyboard('添加是/否');
			await addByKeyboard('添加单行文本');
			await page.getByLabel('当字段').selectOption('yesNo');
			await page.getByLabel('等于', { exact: true }).selectOption({ label: '否' });
			await expect
				.poll(() => page.getByText('当「是/否」为「否」时显示').count())
				.toBeGreaterThan(0);

			await waitSaved(page);
			const saved = await serverItem(context.request, code);
			const form = saved.document.form as { schema: { properties: Record<string, never> } };
			const section = form.schema.properties.section as {
				properties: Record<string, { format?: string }>;
				allOf: unknown[];
			};
			expect(section.properties.idNumber.format).toBe('cn-id-card');
			expect(section.allOf).toEqual([
				{
					if: { properties: { yesNo: { const: false } }, required: ['yesNo'] },
					then: { properties: { text: { type: 'string', title: '单行文本' } } }
				}
			]);

			// the preview renders the new section with the portal's renderer
			await tab(page, '预览');
			const preview = page.getByTestId('preview-form');
			await expect.poll(() => preview.getByText('身份证号').count()).toBeGreaterThan(0);

			// the national elements: an entrusted item is told to name who entrusts it
			await tab(page, '办事指南');
			await page.getByLabel('权力来源', { exact: true }).selectOption({ label: '上级委托' });
			await expect.poll(() => page.getByText('但未写明委托部门').count()).toBeGreaterThan(0);
			await page.getByLabel('方式（委托、下放或代办）').selectOption({ label: '委托' });
			await page.getByLabel('委托部门', { exact: true }).fill('示范市市场监督管理局');
			await expect.poll(() => page.getByText('但未写明委托部门').count()).toBe(0);
			await page.getByLabel('支持预约办理', { exact: true }).check();
			await page.getByRole('button', { name: '+ 添加中介服务' }).click();
			await page.getByLabel('中介服务名称', { exact: true }).fill('施工图审查');
			await expect
				.poll(() => page.getByText('必要中介服务“施工图审查”未写明收费依据').count())
				.toBeGreaterThan(0);
			await page.getByLabel('中介服务收费依据', { exact: true }).fill('政府购买服务，不收费');
			await waitSaved(page);
			const national = (await serverItem(context.request, code)).document.guide as Record<
				string,
				unknown
			>;
			expect(national).toMatchObject({
				powerSource: 'entrusted-superior',
				entrustment: { mode: 'entrust', department: '示范市市场监督管理局' },
				services: { appointment: true },
				intermediaries: [{ name: '施工图审查', required: true, feeBasis: '政府购买服务，不收费' }]
			});

			// the group is cleared as a whole; the keyboard stays in the group, at its first field
			await page.getByRole('button', { name: '清除委托部门 / 受托组织' }).click();
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.id))
				.toBe('fld__guide__entrustment__mode');
			expect(await page.getByRole('button', { name: '清除委托部门 / 受托组织' }).count()).toBe(0);
			await waitSaved(page);
			const cleared = (await serverItem(context.request, code)).document.guide;
			expect(cleared).not.toHaveProperty('entrustment');
			await context.close();
		}
	);

	it(
		'makes a material tolerable, shows the rule findings inline and in the simulator',
		{ timeout: 120_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });
			const code = await createItem(context.request, simpleItem(), '容缺测试事项');
			await openEditor(page, code);

			await tab(page, '申请材料');
			await page.getByRole('button', { name: '+ 添加材料' }).click();
			const editor = page.locator('#material-editor');
			await editor.getByLabel('材料名称').fill('消防安全承诺书');
			await editor.getByLabel('必要性').selectOption({ label: '容缺后补' });
			await editor.getByLabel('主要材料（要件）').check();

			// an essential material must not be tolerable: the lint error shows next to the field
			const necessity = editor.getByLabel('必要性');
			await expect
				.poll(async () => {
					const ids = (await necessity.getAttribute('aria-describedby')) ?? '';
					return ids ? page.locator(`[id="${ids.split(' ')[0]}"]`).textContent() : '';
				})
				.toMatch(/要件|主要材料/);
			expect(await necessity.getAttribute('aria-invalid')).toBe('true');

			// and in the tolerance tab, with the jump back to the field
			await tab(page, '容缺规则');
			const findings = page.getByTestId('tolerance-findings');
			const finding = findings.locator('li[data-rule="essential-material-tolerable"]');
			await expect.poll(() => finding.count()).toBeGreaterThan(0);
			await finding.first().getByRole('button', { name: /^定位/ }).click();
			await expect
				.poll(() => page.getByRole('tab', { name: '申请材料' }).getAttribute('aria-selected'))
				.toBe('true');
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-pointer')))
				.toMatch(/^\/materials\/\d+\/(necessity|essential)$/);
			await page.locator('#material-editor').getByLabel('主要材料（要件）').uncheck();
			await expect.poll(() => finding.count()).toBe(0);

			// the simulator: the new material may be missing once the commitment is signed
			await tab(page, '预览');
			const sim = page.getByRole('region', { name: '受理模拟' });
			const saved = await serverItem(context.request, code);
			expect(saved.revision).toBeGreaterThan(0);
			// the simulator lists the materials once the background checks have compiled the item
			const boxes = sim.getByRole('checkbox', { name: /^已提交/ });
			await boxes.first().waitFor();
			for (const box of await boxes.all()) {
				const label = (await box.evaluate((el) => el.parentElement?.textContent)) ?? '';
				if (!label.includes('消防安全承诺书')) await box.check();
			}
			const decision = sim.getByTestId('decision');
			await expect.poll(() => decision.locator('strong').textContent()).toBe('一次性告知补正');
			await sim.getByLabel('已签署告知承诺书').check();
			await expect.poll(() => decision.locator('strong').textContent()).toBe('容缺受理');
			expect(await decision.textContent()).toMatch(/补正期限：\d{4}-\d{2}-\d{2}/);
			await sim.getByRole('checkbox', { name: '已提交“消防安全承诺书”' }).check();
			await expect.poll(() => decision.locator('strong').textContent()).toBe('受理');
			await context.close();
		}
	);

	it(
		'keeps the JSON tab and the visual tabs in step; undo and redo every edit',
		{ timeout: 120_000 },
		async () => {
			const { context, page } = await newContext(browser, { user: 'editor' });
			const code = await createItem(context.request, simpleItem(), 'JSON 测试事项');
			const scripts: string[] = [];
			page.on('response', async (r) => {
				if (r.request().resourceType() === 'script' || r.url().endsWith('.js'))
					scripts.push(await r.text().catch(() => ''));
			});
			await openEditor(page, code);
			await tab(page, '申请材料');
			await tab(page, '预览');
			// Monaco is not downloaded before the JSON tab opens
			expect(scripts.some((s) => s.includes('MonacoEnvironment'))).toBe(false);
			await tab(page, 'JSON');
			await expect.poll(() => scripts.some((s) => s.includes('MonacoEnvironment'))).toBe(true);
			const monaco = page.locator('.monaco-editor').first();
			await monaco.waitFor();

			// Monaco closes brackets as text arrives; drop what it added after the pasted text
			const clearAfterCursor = async () => {
				await page.keyboard.press('Control+Shift+End');
				await page.keyboard.press('Delete');
			};

			// a valid edit becomes the document
			const server = await serverItem(context.request, code);
			const edited = { ...server.document, name: 'JSON 改过的名称' };
			await monaco.locator('.view-lines').click();
			await page.keyboard.press('Control+A');
			await page.keyboard.insertText(JSON.stringify(edited, null, 2));
			await clearAfterCursor();
			await expect.poll(() => page.getByTestId('json-status').textContent()).toContain('内容有效');
			await tab(page, '办事指南');
			expect(await page.getByLabel('事项名称').inputValue()).toBe('JSON 改过的名称');

			// an invalid edit is flagged and leaves the visual state alone
			await tab(page, 'JSON');
			await page.locator('.monaco-editor .view-lines').first().click();
			await page.keyboard.press('Control+A');
			await page.keyboard.insertText('{ "name": "坏的", ');
			await clearAfterCursor();
			await expect.poll(() => page.getByTestId('json-status').textContent()).toContain('语法错误');
			await page.keyboard.press('Control+A');
			await page.keyboard.insertText(JSON.stringify({ ...edited, name: '', visits: -1 }, null, 2));
			await clearAfterCursor();
			await expect.poll(() => page.getByTestId('json-status').textContent()).toMatch(/处问题/);
			await tab(page, '办事指南');
			const name = page.getByLabel('事项名称');
			expect(await name.inputValue()).toBe('JSON 改过的名称');

			// undo / redo by keyboard and by the toolbar buttons
			await name.fill('第一次修改');
			await page.getByLabel('到现场次数').fill('2');
			await page.keyboard.press('Control+Z');
			expect(await page.getByLabel('到现场次数').inputValue()).not.toBe('2');
			await page.keyboard.press('Control+Z');
			expect(await name.inputValue()).toBe('JSON 改过的名称');
			await page.keyboard.press('Control+Shift+Z');
			expect(await name.inputValue()).toBe('第一次修改');
			await page.getByRole('button', { name: '↶ 撤销' }).click();
			expect(await name.inputValue()).toBe('JSON 改过的名称');
			await page.getByRole('button', { name: '↷ 重做' }).click();
			await page.getByRole('button', { name: '↷ 重做' }).click();
			expect(await page.getByLabel('到现场次数').inputValue()).toBe('2');
			await waitSaved(page);
			const after = await serverItem(context.request, code);
			expect(after.document.name).toBe('第一次修改');
			expect((after.document.guide as { visits: number }).visits).toBe(2);

			await context.close();
		}
	);
});
