import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { JsonSchema } from '$lib/domain/item/types';
import { control, render, settle, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

const button = (form: HTMLElement, text: string) => {
	const found = [...form.querySelectorAll('button')].find(
		(b) => b.textContent?.includes(text) || b.getAttribute('aria-label') === text
	);
	if (!found) throw new Error(`no button ${text}`);
	return found;
};

const holders: JsonSchema = {
	type: 'object',
	properties: {
		shareholders: {
			type: 'array',
			title: '股东信息',
			minItems: 1,
			maxItems: 3,
			items: {
				type: 'object',
				title: '股东',
				properties: { name: { type: 'string', title: '股东名称' } }
			}
		}
	}
};

describe('repeating groups', () => {
	it('adds, reorders and removes items from the keyboard, within minItems and maxItems', async () => {
		r = render({ schema: holders, data: { shareholders: [{ name: '甲' }, { name: '乙' }] } });
		const names = () => [...r!.form.querySelectorAll('input')].map((i) => i.value);
		expect(names()).toEqual(['甲', '乙']);

		// move 乙 up with the keyboard; focus stays on a move button of the moved item
		button(r.form, '第 2 项上移').focus();
		await userEvent.keyboard('{Enter}');
		await settle();
		expect(names()).toEqual(['乙', '甲']);
		expect(r.data()).toEqual({ shareholders: [{ name: '乙' }, { name: '甲' }] });
		expect(document.activeElement?.getAttribute('aria-label')).toBe('第 1 项下移');
		expect(r.form.querySelector('[aria-live]')!.textContent).toBe('已将第 2 项移到第 1 项');

		const add = button(r.form, '添加股东');
		add.focus();
		await userEvent.keyboard('{Enter}');
		await settle();
		expect(names()).toEqual(['乙', '甲', '']);
		expect(document.activeElement).toBe(r.form.querySelectorAll('input')[2]);
		expect(add.disabled).toBe(true); // maxItems 3

		button(r.form, '删除第 1 项').click();
		button(r.form, '删除第 1 项').click();
		await settle();
		expect(names()).toEqual(['']);
		expect(button(r.form, '删除第 1 项').disabled).toBe(true); // minItems 1
		expect(r.data()).toEqual({ shareholders: [{}] });
	});
});

describe('conditions and alternatives', () => {
	it('shows a field while its if/then condition holds and drops its value when it stops', async () => {
		r = render({
			schema: {
				type: 'object',
				properties: { byAgent: { type: 'boolean', title: '委托代理人办理' } },
				if: { properties: { byAgent: { const: true } }, required: ['byAgent'] },
				then: {
					properties: { agentName: { type: 'string', title: '代理人姓名' } },
					required: ['agentName']
				}
			}
		});
		expect(() => control(r!.form, '代理人姓名')).toThrow();
		await userEvent.click(control(r.form, '委托代理人办理'));
		await settle();
		const agent = control(r.form, '代理人姓名');
		expect(agent.getAttribute('aria-required')).toBe('true');
		await userEvent.type(agent, '李四');
		await settle();
		expect(r.data()).toEqual({ byAgent: true, agentName: '李四' });
		await userEvent.click(control(r.form, '委托代理人办理'));
		await settle();
		expect(() => control(r!.form, '代理人姓名')).toThrow();
		expect(r.data()).toEqual({ byAgent: false });
	});

	it('offers oneOf alternatives with a chooser and switches their fields', async () => {
		r = render({
			schema: {
				type: 'object',
				properties: {
					contact: {
						type: 'object',
						title: '联系方式',
						oneOf: [
							{ title: '手机', properties: { mobile: { type: 'string', title: '手机号码' } } },
							{ title: '固定电话', properties: { phone: { type: 'string', title: '固定电话' } } }
						]
					}
				}
			},
			data: { contact: { phone: '010-12345678' } }
		});
		const chooser = control(r.form, '请选择类型') as unknown as HTMLSelectElement;
		expect(chooser.selectedOptions[0].text).toBe('固定电话');
		expect(control(r.form, '固定电话').value).toBe('010-12345678');
		await userEvent.selectOptions(chooser, '手机');
		await settle();
		expect(() => control(r!.form, '固定电话')).toThrow();
		await userEvent.type(control(r.form, '手机号码'), '13800138000');
		await settle();
		expect(r.data()).toEqual({ contact: { mobile: '13800138000' } });
	});
});

describe('regions', () => {
	it('cascades province → city → county and stores the county code', async () => {
		r = render({
			schema: {
				type: 'object',
				properties: { at: { type: 'string', title: '所在地区', format: 'cn-region' } }
			}
		});
		const selects = () => [...r!.form.querySelectorAll('select')];
		expect(selects()).toHaveLength(1);
		await userEvent.selectOptions(selects()[0], '北京市');
		await settle();
		expect(selects()).toHaveLength(2);
		await userEvent.selectOptions(selects()[1], '北京市');
		await settle();
		await userEvent.selectOptions(selects()[2], '朝阳区');
		await settle();
		expect(r.data()).toEqual({ at: '110105' });
		// changing the province clears what was below it
		await userEvent.selectOptions(selects()[0], '上海市');
		await settle();
		expect(selects()).toHaveLength(2);
		expect(r.data()).toEqual({ at: '310000' });
	});

	it('opens on the saved code with every level chosen', () => {
		r = render({
			schema: {
				type: 'object',
				properties: { at: { type: 'string', title: '所在地区', format: 'cn-region' } }
			},
			data: { at: '110105' }
		});
		const chosen = [...r.form.querySelectorAll('select')].map((s) => s.selectedOptions[0].text);
		expect(chosen).toEqual(['北京市', '北京市', '朝阳区']);
	});
});
