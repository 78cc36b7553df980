// The form builder in the designer on an item that is live: fields of the published version keep
// their keys when retitled (submissions are stored under them), new fields get keys from their
// Chinese titles, and palette clicks land in the selected section.
import { describe, expect, it } from 'vitest';
import { createItem, openEditor, serverItem, simpleItem, tab, waitSaved } from '../designer/e2e';
import { publish, signedIn } from './workflow';

const { editor, reviewer } = signedIn('editor', 'reviewer');

describe('designer: keys on a published item', () => {
	it('keeps published keys, derives new ones from titles', { timeout: 120_000 }, async () => {
		const api = editor.context.request;
		const code = await createItem(api, simpleItem(), `字段键测试${Date.now() % 1e6}`);
		await publish({ editor, reviewer }, code);

		const page = editor.page;
		await openEditor(page, code);
		await tab(page, '申请表单');

		// the published field 备注 (key "note") keeps its key when retitled
		await page.getByRole('button', { name: /备注/ }).first().click();
		const title = page.getByLabel('标题', { exact: true });
		await title.fill('情况说明');
		await expect.poll(() => page.getByText('此字段已发布').count()).toBe(1);
		expect(await page.getByLabel('字段键', { exact: true }).inputValue()).toBe('note');

		// a new field's key follows its title
		await page.getByRole('button', { name: '添加单行文本', exact: true }).click();
		await page.getByLabel('标题', { exact: true }).fill('联系电话');
		await expect.poll(() => page.getByLabel('字段键', { exact: true }).inputValue()).toBe('phone');

		await waitSaved(page);
		const saved = await serverItem(api, code);
		const form = saved.document.form as {
			schema: { properties: Record<string, { title: string }> };
		};
		expect(form.schema.properties.note.title).toBe('情况说明');
		expect(form.schema.properties.phone.title).toBe('联系电话');
	});
});
