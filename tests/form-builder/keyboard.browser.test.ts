import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { addField, setFieldProps, setVisibilityCondition } from '$lib/designer/form-builder';
import { EMPTY } from './helpers';
import { renderBuilder, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

type Obj = Record<string, unknown>;
const props = (s: unknown) => (s as { properties: Record<string, Obj> }).properties;

function button(name: string): HTMLButtonElement {
	const all = [...document.querySelectorAll('button')].filter(
		(b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name
	);
	if (all.length !== 1) throw new Error(`${all.length} buttons named ${name}`);
	return all[0];
}

/** Focus a palette entry and activate it with the keyboard. */
async function addByKeyboard(name: string) {
	button(name).focus();
	await userEvent.keyboard('{Enter}');
}

const live = () => document.querySelector('[aria-live]')?.textContent?.trim();
const focusedCard = () => (document.activeElement as HTMLElement | null)?.id ?? '';
const cardKeys = () =>
	[...document.querySelectorAll('.fb-select code')].map((c) => c.textContent?.trim());

function input(label: string): HTMLInputElement | HTMLSelectElement {
	const l = [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
	if (!l) throw new Error(`no label ${label}`);
	return document.getElementById(l.htmlFor) as HTMLInputElement;
}

describe('keyboard only', () => {
	it('adds a section, an ID field into it and a conditional field', async () => {
		r = renderBuilder();
		await addByKeyboard('添加分组');
		expect(focusedCard()).toMatch(/-field-section$/);
		expect(live()).toBe('已添加「分组」');

		await addByKeyboard('添加身份证号');
		// added inside the selected section, at its end, with focus on the new card
		expect(r.last().uiSchema).toEqual({
			'ui:order': ['section'],
			section: { 'ui:order': ['idNumber'] }
		});
		expect(live()).toBe('已添加「身份证号」到「分组」末尾');
		expect(focusedCard()).toMatch(/-field-section\.idNumber$/);

		// out of the section and back in again
		await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
		expect(r.last().uiSchema['ui:order']).toEqual(['section', 'idNumber']);
		expect(focusedCard()).toMatch(/-field-idNumber$/);
		await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
		const section = props(r.last().schema).section;
		expect(Object.keys(props(section))).toEqual(['idNumber']);
		expect(props(section).idNumber.format).toBe('cn-id-card');
		expect(r.last().uiSchema).toEqual({
			'ui:order': ['section'],
			section: { 'ui:order': ['idNumber'] }
		});
		expect(live()).toBe('已将「身份证号」移入「分组」第 1 位');
		expect(focusedCard()).toMatch(/-field-section\.idNumber$/);

		// the yes/no and text fields land after the selected field, inside the section
		await addByKeyboard('添加是/否');
		await addByKeyboard('添加单行文本');
		expect(cardKeys()).toEqual(['section', 'idNumber', 'yesNo', 'text']);

		const field = input('当字段') as HTMLSelectElement;
		field.focus();
		await userEvent.selectOptions(field, 'yesNo');
		const value = input('等于') as HTMLSelectElement;
		await userEvent.selectOptions(value, '否');
		const s = props(r.last().schema).section;
		expect(Object.keys(props(s))).toEqual(['idNumber', 'yesNo']);
		expect(s.allOf).toEqual([
			{
				if: { properties: { yesNo: { const: false } }, required: ['yesNo'] },
				then: { properties: { text: { type: 'string', title: '单行文本' } } }
			}
		]);
		expect(document.body.textContent).toContain('当「是/否」为「否」时显示');
		const card =
			document.activeElement?.closest('.fb-card') ?? document.querySelector('.fb-selected');
		expect(card?.textContent).toContain('条件显示');
	});

	it('moves with Alt+arrows, announces the position and keeps focus on the moved field', async () => {
		r = renderBuilder();
		await addByKeyboard('添加姓名');
		await addByKeyboard('添加手机号');
		await addByKeyboard('添加电子邮箱');
		expect(cardKeys()).toEqual(['name', 'mobile', 'email']);
		await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
		expect(cardKeys()).toEqual(['name', 'email', 'mobile']);
		expect(live()).toBe('已将「电子邮箱」移到第 2 位');
		expect(focusedCard()).toMatch(/-field-email$/);
		await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
		await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
		expect(live()).toBe('无法继续移动');
		expect(r.last().uiSchema['ui:order']).toEqual(['email', 'name', 'mobile']);
		await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
		expect(r.last().uiSchema['ui:order']).toEqual(['name', 'email', 'mobile']);
		expect(focusedCard()).toMatch(/-field-email$/);
	});

	it('outdents from a repeating group, duplicates with Ctrl+D and deletes with Delete', async () => {
		r = renderBuilder();
		await addByKeyboard('添加重复组');
		await addByKeyboard('添加姓名');
		await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
		const items = (props(r.last().schema).group as { items: unknown }).items;
		expect(Object.keys(props(items))).toEqual(['name']);
		expect(r.last().uiSchema.group).toEqual({ items: { 'ui:order': ['name'] } });

		await userEvent.keyboard('{Control>}d{/Control}');
		expect(cardKeys()).toEqual(['group', 'name', 'name2']);
		expect(focusedCard()).toMatch(/-field-group\.name2$/);
		expect(live()).toBe('已复制「姓名」');

		await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
		expect(r.last().uiSchema['ui:order']).toEqual(['group', 'name2']);
		expect(live()).toBe('已将「姓名」移出分组，现在是第 2 位');

		await userEvent.keyboard('{Delete}');
		expect(r.last().uiSchema['ui:order']).toEqual(['group']);
		expect(live()).toBe('已删除「姓名」');
		// focus goes to the previous field instead of getting lost
		expect(focusedCard()).toMatch(/-field-group$/);
	});

	it('offers the same actions as labelled buttons on the selected card', async () => {
		r = renderBuilder();
		await addByKeyboard('添加日期');
		await addByKeyboard('添加金额');
		button('上移').focus();
		await userEvent.keyboard('{Enter}');
		expect(cardKeys()).toEqual(['amount', 'date']);
		// focus stays on the button, now on the moved card, so it can be pressed again
		expect(document.activeElement).toBe(button('上移'));
		expect(focusedCard()).toMatch(/-field-amount-up$/);
		button('复制').click();
		await expect.poll(() => cardKeys()).toEqual(['amount', 'amount2', 'date']);
		button('删除').click();
		await expect.poll(() => cardKeys()).toEqual(['amount', 'date']);
		expect(r.log.length).toBe(5);
	});
});

describe('property panel', () => {
	it('edits the title and sees the emitted schema and the card change', async () => {
		r = renderBuilder();
		await addByKeyboard('添加姓名');
		const title = input('标题') as HTMLInputElement;
		await userEvent.clear(title);
		await userEvent.type(title, '申请人姓名');
		// the key the builder chose follows the title, and focus stays in the title
		expect(props(r.last().schema).applicantName.title).toBe('申请人姓名');
		expect((input('字段键') as HTMLInputElement).value).toBe('applicantName');
		expect(document.activeElement).toBe(title);
		expect(document.querySelector('.fb-selected .fb-title')?.textContent).toBe('申请人姓名');
		// the keystrokes of one input share a merge key (one undo step); adding the field had none
		expect(r.log[0].mergeKey).toBeUndefined();
		expect(new Set(r.log.slice(1).map((l) => l.mergeKey))).toEqual(new Set(['name:title']));
		await userEvent.click(input('必填'));
		expect(r.last().schema.required).toEqual(['applicantName']);
	});

	it('shows invalid input next to the field and emits nothing for it', async () => {
		r = renderBuilder();
		await addByKeyboard('添加数字');
		await addByKeyboard('添加单行文本');
		await userEvent.type(input('正则表达式'), '([[a-z');
		expect(document.body.textContent).toContain('正则表达式无效');
		expect(props(r.last().schema).text.pattern).toBeUndefined();

		const key = input('字段键') as HTMLInputElement;
		await userEvent.clear(key);
		await userEvent.type(key, 'number{Enter}');
		expect(document.body.textContent).toContain('同一分组中已有这个字段键');
		expect(key.getAttribute('aria-invalid')).toBe('true');
		await userEvent.clear(key);
		await userEvent.type(key, 'projectName{Enter}');
		expect(r.last().uiSchema['ui:order']).toEqual(['number', 'projectName']);

		document.querySelectorAll<HTMLButtonElement>('.fb-select')[0].click();
		await expect.poll(() => (input('标题') as HTMLInputElement).value).toBe('数字');
		await userEvent.type(input('最大值'), '3');
		await userEvent.type(input('最小值'), '5');
		expect(document.body.textContent).toContain('最小值不能大于最大值');
		expect(props(r.last().schema).number).toEqual({ type: 'number', title: '数字', maximum: 3 });
		await userEvent.clear(input('最小值'));
		await userEvent.type(input('最小值'), '1');
		expect(props(r.last().schema).number).toMatchObject({ minimum: 1, maximum: 3 });
	});

	it('edits the options of a drop-down with value and label', async () => {
		r = renderBuilder();
		await addByKeyboard('添加下拉选择');
		button('添加选项').click();
		await expect
			.poll(() => document.activeElement?.getAttribute('aria-label'))
			.toBe('第 3 项 选项值');
		await userEvent.clear(document.activeElement as HTMLInputElement);
		await userEvent.type(document.activeElement as HTMLInputElement, 'other');
		button('第 3 项 选项上移').click();
		await expect
			.poll(() => (props(r!.last().schema).choice.oneOf as Obj[]).map((o) => o.const))
			.toEqual(['option1', 'other', 'option2']);
		button('第 1 项 删除选项').click();
		await expect.poll(() => (props(r!.last().schema).choice.oneOf as Obj[]).length).toBe(2);
	});
});

describe('English', () => {
	it('labels everything in English with locale en', async () => {
		r = renderBuilder({ locale: 'en' });
		expect(document.body.textContent).toContain('Field types');
		expect(document.body.textContent).toContain('Select a field on the canvas to edit it');
		await addByKeyboard('Add ID card number');
		expect(props(r.last().schema).idNumber.title).toBe('ID card number');
		expect(document.querySelector('.fb-selected .fb-badge')?.textContent).toBe('ID card number');
		expect(input('Title')).toBeTruthy();
		expect(input('Key')).toBeTruthy();
		expect(live()).toBe('Added "ID card number"');
		expect(document.body.textContent).not.toMatch(/[\u4e00-\u9fff]/);
	});
});

describe('existing forms', () => {
	it('shows a condition written earlier in the panel, and clears it', async () => {
		let form = addField(EMPTY, [], 0, 'radio').form;
		form = setFieldProps(form, ['option'], {
			title: '申请人类型',
			options: [
				{ value: 'person', label: '个人' },
				{ value: 'company', label: '企业' }
			]
		});
		form = addField(form, [], 1, 'creditCode').form;
		form = setVisibilityCondition(form, ['creditCode'], { field: 'option', value: 'company' });
		r = renderBuilder({ schema: form.schema, uiSchema: form.uiSchema });
		expect(cardKeys()).toEqual(['option', 'creditCode']);

		document.querySelectorAll<HTMLButtonElement>('.fb-select')[1].click();
		await expect
			.poll(() => document.body.textContent)
			.toContain('当「申请人类型」为「企业」时显示');
		expect((input('当字段') as HTMLSelectElement).value).toBe('option');
		const value = input('等于') as HTMLSelectElement;
		expect(value.selectedOptions[0].textContent).toBe('企业');

		button('清除条件').click();
		await expect.poll(() => r!.log.length).toBe(1);
		expect(r.last().schema.allOf).toBeUndefined();
		expect(Object.keys(props(r.last().schema))).toEqual(['option', 'creditCode']);
	});

	it('follows undo: a selected field that disappears leaves the panel empty', async () => {
		r = renderBuilder();
		await addByKeyboard('添加姓名');
		const afterName = r.last();
		await addByKeyboard('添加手机号');
		expect((input('标题') as HTMLInputElement).value).toBe('手机号');
		r.set(afterName.schema, afterName.uiSchema);
		expect(cardKeys()).toEqual(['name']);
		expect(document.body.textContent).toContain('选择画布中的字段以编辑属性');
		// and adding again goes to the end, as nothing is selected
		await addByKeyboard('添加邮政编码');
		expect(r.last().uiSchema['ui:order']).toEqual(['name', 'postcode']);
	});

	it('renames a key without losing the panel or the focus', async () => {
		r = renderBuilder();
		await addByKeyboard('添加手机号');
		const key = input('字段键') as HTMLInputElement;
		await userEvent.clear(key);
		await userEvent.type(key, 'contactMobile{Enter}');
		expect(r.last().uiSchema['ui:order']).toEqual(['contactMobile']);
		expect(document.activeElement).toBe(input('字段键'));
		await userEvent.type(input('标题'), '（联系人）');
		expect(props(r.last().schema).contactMobile.title).toBe('手机号（联系人）');
	});

	it('lays out a real template with its sections and repeating groups', async () => {
		const item = (await import('../../templates/minimum-living-allowance.json')).default;
		r = renderBuilder({ schema: item.form.schema, uiSchema: item.form.uiSchema });
		const keys = cardKeys();
		expect(keys.slice(0, 3)).toEqual(['applicant', 'name', 'idNumber']);
		expect(keys).toContain('members');
		expect(r.log).toHaveLength(0);
	});
});
