// Keys and option values a clerk can read: they follow the titles and labels typed in Chinese until
// the editor types one by hand or a published version holds it.
import { describe, expect, it } from 'vitest';
import { addField, getEntry, readField, setFieldProps } from '$lib/designer/form-builder';
import { renameKey, retitleField } from '$lib/designer/form-builder/ops';
import { followLabel, newOptionValue } from '$lib/designer/form-builder/props';
import { spellPinyin } from '$lib/domain/naming/pinyin';
import { EMPTY, frozen } from './helpers';

const keysOf = (form: { uiSchema: Record<string, unknown> }, at: string[] = []) => {
	let ui = form.uiSchema as Record<string, unknown>;
	for (const k of at) ui = ui[k] as Record<string, unknown>;
	return ui['ui:order'];
};

describe('keys follow titles', () => {
	it('derives the key from the title of a new field', () => {
		const { form } = addField(EMPTY, [], Infinity, 'text');
		const out = retitleField(frozen(form), ['text'], '联系电话');
		expect(out.path).toEqual(['phone']);
		expect(getEntry(out.form, ['phone'])?.schema.title).toBe('联系电话');
		// and keeps following while the key is the derived one
		const again = retitleField(out.form, out.path, '身份证号');
		expect(again.path).toEqual(['idNumber']);
	});

	it('keeps keys unique among siblings', () => {
		let form = addField(EMPTY, [], Infinity, 'text').form;
		form = addField(form, [], Infinity, 'text').form;
		form = retitleField(form, ['text'], '姓名').form;
		const second = retitleField(form, ['text2'], '姓名');
		expect(second.path).toEqual(['name2']);
		const other = retitleField(second.form, ['name2'], '申请材料');
		expect(other.path).toEqual(['material']);
		expect(keysOf(other.form)).toEqual(['name', 'material']);
	});

	it('follows inside a section, where the root reservation does not apply', () => {
		let form = addField(EMPTY, [], Infinity, 'section').form;
		form = addField(form, ['section'], Infinity, 'text').form;
		const out = retitleField(form, ['section', 'text'], '地址');
		expect(out.path).toEqual(['section', 'address']);
		expect(keysOf(out.form, ['section'])).toEqual(['address']);
	});

	it('leaves a key typed by hand, and a published one', () => {
		let form = addField(EMPTY, [], Infinity, 'text').form;
		form = renameKey(form, ['text'], 'applicantPhone');
		expect(retitleField(form, ['applicantPhone'], '姓名').path).toEqual(['applicantPhone']);
		const fresh = addField(EMPTY, [], Infinity, 'text').form;
		const locked = retitleField(fresh, ['text'], '姓名', { keyLocked: true });
		expect(locked.path).toEqual(['text']);
		expect(getEntry(locked.form, ['text'])?.schema.title).toBe('姓名');
	});

	it('spells Chinese the glossary does not know in pinyin, once the dictionary is there', () => {
		const { form } = addField(EMPTY, [], Infinity, 'text');
		expect(retitleField(form, ['text'], '绿色').path).toEqual(['text']);
		expect(retitleField(form, ['text'], '绿色', { spell: spellPinyin }).path).toEqual(['lvse']);
	});

	it('goes back to the kind’s key when the title is cleared', () => {
		const form = retitleField(addField(EMPTY, [], Infinity, 'text').form, ['text'], '姓名');
		const cleared = retitleField(form.form, form.path, '');
		expect(cleared.path).toEqual(['text']);
		expect(getEntry(cleared.form, ['text'])?.schema.title).toBeUndefined();
	});
});

describe('option values follow labels', () => {
	const rows = [
		{ value: 'option1', label: '选项1' },
		{ value: 'option2', label: '选项2' }
	];

	it('derives the value from the label, unique in the list', () => {
		expect(followLabel(rows, 0, '个体工商户', false, false)).toBe('soleTrader');
		expect(followLabel(rows, 1, '选项1', false, false)).toBe('option2');
		const named = [{ value: 'company', label: '公司' }, rows[1]];
		expect(followLabel(named, 1, '企业', false, false)).toBe('company2');
	});

	it('keeps typed, published and numeric values', () => {
		expect(followLabel([{ value: 'sole', label: '选项1' }], 0, '个体工商户', false, false)).toBe(
			'sole'
		);
		expect(followLabel(rows, 0, '个体工商户', false, true)).toBe('option1');
		expect(followLabel([{ value: '1', label: '一级' }], 0, '二级', true, false)).toBe('1');
	});

	it('gives a new option a free value', () => {
		expect(newOptionValue(['option1', 'option3'], false)).toBe('option2');
		expect(newOptionValue(['option1', 'option2'], false)).toBe('option3');
		expect(newOptionValue(['1', '3'], true)).toBe('4');
	});
});

describe('accepted file types of an attachment', () => {
	it('are written to and read from ui:options.accept', () => {
		const { form } = addField(EMPTY, [], Infinity, 'attachment');
		const next = setFieldProps(form, ['attachment'], {
			accept: ['application/pdf', 'image/jpeg', 'image/png']
		});
		expect(next.uiSchema.attachment).toEqual({
			'ui:widget': 'file',
			'ui:options': { accept: ['application/pdf', 'image/jpeg', 'image/png'] }
		});
		expect(readField(next, ['attachment'])?.accept).toEqual([
			'application/pdf',
			'image/jpeg',
			'image/png'
		]);
		const none = setFieldProps(next, ['attachment'], { accept: [] });
		expect(none.uiSchema.attachment).toEqual({ 'ui:widget': 'file' });
	});
});
