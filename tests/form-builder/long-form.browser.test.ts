// The builder on a long form: palette and properties stay in view, palette entries land where the
// selection says, keys and option values read like the titles, file types are choices.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { page, userEvent } from 'vitest/browser';
import type { JsonSchema } from '$lib/domain/item/types';
import { renderBuilder, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => {
	r?.destroy();
	window.scrollTo(0, 0);
});
beforeAll(() => page.viewport(1280, 720));

type Obj = Record<string, unknown>;
const props = (s: unknown) => (s as { properties: Record<string, Obj> }).properties;
const live = () => document.querySelector('[aria-live]')?.textContent?.trim();

function button(name: string): HTMLButtonElement {
	const all = [...document.querySelectorAll('button')].filter(
		(b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name
	);
	if (all.length !== 1) throw new Error(`${all.length} buttons named ${name}`);
	return all[0];
}

/** Click a button and let the builder update, as a user would see it. */
function press(name: string) {
	button(name).click();
	flushSync();
}

/** Click a field's card (select it) and let the property panel update. */
function card(path: string): { click(): void } {
	const el = document.querySelector<HTMLButtonElement>(`[id$="-field-${path}"]`);
	if (!el) throw new Error(`no card ${path}`);
	return { click: () => (el.click(), flushSync()) };
}
const selectedKey = () => document.querySelector('.fb-selected .fb-key')?.textContent?.trim();

function input(label: string): HTMLInputElement {
	const l = [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
	if (!l) throw new Error(`no label ${label}`);
	return document.getElementById(l.htmlFor) as HTMLInputElement;
}

const household: JsonSchema = {
	type: 'object',
	properties: {
		reason: { type: 'string', title: '申请理由' },
		members: {
			type: 'array',
			title: '家庭成员',
			items: { type: 'object', properties: { name: { type: 'string', title: '姓名' } } }
		}
	}
};

describe('palette clicks land where the selection says', () => {
	it('inside the selected repeating group, at its end, then after the selected field there', async () => {
		r = renderBuilder({ schema: household });
		card('members').click();
		press('添加身份证号');
		await expect.poll(() => live()).toBe('已添加「身份证号」到「家庭成员」末尾');
		const items = props(r.last().schema).members.items;
		expect(Object.keys(props(items))).toEqual(['name', 'idNumber']);
		expect(r.last().uiSchema['ui:order']).toEqual(['reason', 'members']);
		// the new field is selected, and its card has the focus
		expect(selectedKey()).toBe('idNumber');
		expect(document.activeElement?.id).toMatch(/-field-members\.idNumber$/);

		card('members.name').click();
		press('添加日期');
		await expect.poll(() => live()).toBe('已在「姓名」之后添加「日期」');
		expect((r.last().uiSchema.members as Obj).items).toEqual({
			'ui:order': ['name', 'date', 'idNumber']
		});
		expect(selectedKey()).toBe('date');
	});

	it('after a selected plain field at the top level', async () => {
		r = renderBuilder({ schema: household });
		card('reason').click();
		press('添加单行文本');
		await expect.poll(() => r!.last().uiSchema['ui:order']).toEqual(['reason', 'text', 'members']);
		expect(live()).toBe('已在「申请理由」之后添加「单行文本」');
	});
});

describe('a long form', () => {
	const long: JsonSchema = {
		type: 'object',
		properties: Object.fromEntries(
			Array.from({ length: 80 }, (_, i) => [
				`f${i + 1}`,
				{ type: 'string', title: `第 ${i + 1} 项` }
			])
		)
	};

	it('keeps the palette and the property panel in view while it scrolls', async () => {
		r = renderBuilder({ schema: long });
		card('f78').click();
		window.scrollTo(0, document.documentElement.scrollHeight);
		await expect.poll(() => window.scrollY).toBeGreaterThan(1000);
		for (const name of ['字段类型', '字段属性']) {
			const heading = [...document.querySelectorAll('h3')].find((h) => h.textContent === name);
			const box = heading!.closest('.fb-col')!.getBoundingClientRect();
			expect(box.top, name).toBeGreaterThanOrEqual(0);
			expect(box.top, name).toBeLessThan(window.innerHeight / 2);
			expect(box.bottom, name).toBeLessThanOrEqual(window.innerHeight);
		}
		// still usable from the keyboard down there: the title of the selected field is reachable
		input('标题').focus();
		expect(document.activeElement).toBe(input('标题'));
		expect(input('标题').value).toBe('第 78 项');
		// and a palette click lands after the selected field, not at the top
		press('添加数字');
		await expect
			.poll(() => (r!.last().uiSchema['ui:order'] as string[]).indexOf('number'))
			.toBe(78);
	});
});

describe('keys and values that read like the titles', () => {
	it('a new field’s key follows its title; one typed by hand stays', async () => {
		r = renderBuilder();
		press('添加单行文本');
		const title = input('标题');
		await userEvent.clear(title);
		await userEvent.type(title, '联系电话');
		expect(input('字段键').value).toBe('phone');
		expect(props(r.last().schema).phone.title).toBe('联系电话');
		expect(document.body.textContent).toContain('字段键随标题生成');

		// typed by hand: stays
		const key = input('字段键');
		await userEvent.clear(key);
		await userEvent.type(key, 'contactPhone{Enter}');
		await userEvent.clear(input('标题'));
		await userEvent.type(input('标题'), '手机号码');
		expect(Object.keys(props(r.last().schema))).toEqual(['contactPhone']);
	});

	it('spells titles the glossary does not know in pinyin', async () => {
		r = renderBuilder();
		press('添加单行文本');
		const title = input('标题');
		await userEvent.clear(title);
		await userEvent.type(title, '采集部位');
		await expect.poll(() => input('字段键').value).toBe('collectionBuwei');
	});

	it('keeps the keys and option values a published version has', async () => {
		const form = {
			schema: {
				type: 'object',
				properties: {
					name: { type: 'string', title: '姓名' },
					kind: {
						type: 'string',
						title: '类型',
						oneOf: [{ const: 'option1', title: '选项1' }]
					}
				}
			} as JsonSchema,
			uiSchema: {}
		};
		r = renderBuilder({ ...form, published: form });
		card('name').click();
		await userEvent.clear(input('标题'));
		await userEvent.type(input('标题'), '申请人姓名');
		expect(Object.keys(props(r.last().schema))).toEqual(['name', 'kind']);
		expect(document.body.textContent).toContain('此字段已发布');

		card('kind').click();
		const label = document.querySelector<HTMLInputElement>('input[aria-label="第 1 项 显示文字"]')!;
		await userEvent.clear(label);
		await userEvent.type(label, '企业');
		expect(props(r.last().schema).kind.oneOf).toEqual([{ const: 'option1', title: '企业' }]);
	});

	it('option values follow their labels', async () => {
		r = renderBuilder();
		press('添加下拉选择');
		const label = (n: number) =>
			document.querySelector<HTMLInputElement>(`input[aria-label="第 ${n} 项 显示文字"]`)!;
		await userEvent.clear(label(1));
		await userEvent.type(label(1), '个体工商户');
		await userEvent.clear(label(2));
		await userEvent.type(label(2), '企业');
		expect(props(r.last().schema).choice.oneOf).toEqual([
			{ const: 'soleTrader', title: '个体工商户' },
			{ const: 'company', title: '企业' }
		]);
		const value = document.querySelector<HTMLInputElement>('input[aria-label="第 1 项 选项值"]')!;
		expect(value.value).toBe('soleTrader');
	});
});

describe('accepted file types', () => {
	it('are chosen as PDF / 图片 / Word / 压缩包 / OFD, with the media types in the advanced input', async () => {
		r = renderBuilder();
		press('添加附件');
		await userEvent.click(page.getByRole('checkbox', { name: 'PDF' }));
		await userEvent.click(page.getByRole('checkbox', { name: '图片（JPG、PNG）' }));
		expect((r.last().uiSchema.attachment as Obj)['ui:options']).toEqual({
			accept: ['application/pdf', 'image/jpeg', 'image/png']
		});
		await userEvent.click(page.getByRole('checkbox', { name: '压缩包（ZIP、RAR、7Z）' }));
		expect(((r.last().uiSchema.attachment as Obj)['ui:options'] as Obj).accept).toContain(
			'application/x-7z-compressed'
		);
	});

	it('read an existing list back into choices and keep the rest', async () => {
		r = renderBuilder({
			schema: {
				type: 'object',
				properties: { licence: { type: 'object', title: '营业执照' } }
			},
			uiSchema: {
				licence: {
					'ui:widget': 'file',
					'ui:options': { accept: ['application/ofd', 'text/csv'] }
				}
			}
		});
		card('licence').click();
		const ofd = page.getByRole('checkbox', { name: 'OFD 版式文档' });
		await expect.element(ofd).toBeChecked();
		await expect.element(page.getByRole('checkbox', { name: 'PDF' })).not.toBeChecked();
		const advanced = page.getByRole('textbox', { name: '高级：MIME 类型（每行一个）' });
		await expect.element(advanced).toHaveValue('application/ofd\ntext/csv');
		await userEvent.click(ofd);
		expect((r.last().uiSchema.licence as Obj)['ui:options']).toEqual({ accept: ['text/csv'] });
	});
});
