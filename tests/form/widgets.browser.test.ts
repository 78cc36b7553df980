import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { JsonSchema } from '$lib/domain/item/types';
import { control, labelOf, render, settle, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

const everything: JsonSchema = {
	type: 'object',
	title: '申请表',
	properties: {
		name: { type: 'string', title: '姓名' },
		bio: { type: 'string', title: '简介' },
		secret: { type: 'string', title: '密码' },
		email: { type: 'string', title: '邮箱', format: 'email' },
		day: { type: 'string', title: '日期', format: 'date' },
		at: { type: 'string', title: '时间', format: 'date-time' },
		site: { type: 'string', title: '网址', format: 'uri' },
		ratio: { type: 'number', title: '比例' },
		count: { type: 'integer', title: '人数' },
		agree: { type: 'boolean', title: '同意' },
		notify: { type: 'boolean', title: '通知' },
		local: { type: 'boolean', title: '本地' },
		kind: { type: 'string', title: '类型', enum: ['甲', '乙'] },
		gender: { type: 'string', title: '性别', enum: ['男', '女'] },
		idType: { type: 'string', title: '证件类型', oneOf: [{ const: '111', title: '居民身份证' }] },
		items: {
			type: 'array',
			title: '经营项目',
			items: { type: 'string', enum: ['食品', '药品'] },
			uniqueItems: true
		},
		region: { type: 'string', title: '所在地区', format: 'cn-region' },
		idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-card' },
		credit: { type: 'string', title: '信用代码', format: 'cn-uscc' },
		licence: { type: 'object', title: '营业执照', properties: { name: { type: 'string' } } }
	}
};
const everythingUi = {
	bio: { 'ui:widget': 'textarea' },
	secret: { 'ui:widget': 'password' },
	notify: { 'ui:widget': 'switch' },
	local: { 'ui:widget': 'radio' },
	gender: { 'ui:widget': 'radio' },
	items: { 'ui:widget': 'checkboxes' },
	licence: { 'ui:widget': 'file', 'ui:options': { accept: ['application/pdf'], maxSize: 1024 } }
};

describe('widgets', () => {
	it('renders every kind of control with a label people and screen readers can read', () => {
		r = render({ schema: everything, uiSchema: everythingUi });
		const controls = [...r.form.querySelectorAll<HTMLElement>('input, select, textarea')];
		expect(controls.length).toBeGreaterThanOrEqual(22);
		for (const el of controls) expect(labelOf(el), el.outerHTML).not.toBe('');
		const type = (label: string) => control(r!.form, label).getAttribute('type');
		expect(control(r.form, '简介').tagName).toBe('TEXTAREA');
		expect(type('密码')).toBe('password');
		expect(type('邮箱')).toBe('email');
		expect(type('日期')).toBe('date');
		expect(type('时间')).toBe('datetime-local');
		expect(type('网址')).toBe('url');
		expect(control(r.form, '比例').inputMode).toBe('decimal');
		expect(type('同意')).toBe('checkbox');
		expect(control(r.form, '通知').getAttribute('role')).toBe('switch');
		expect(control(r.form, '类型').tagName).toBe('SELECT');
		expect(type('男')).toBe('radio');
		expect(
			[...(control(r.form, '证件类型') as unknown as HTMLSelectElement).options].map((o) => o.text)
		).toContain('居民身份证');
		expect(type('食品')).toBe('checkbox');
		expect(type('营业执照')).toBe('file');
		// radio and checkbox groups are named by their legend
		const legends = [...r.form.querySelectorAll('legend')].map((l) => l.textContent?.trim());
		expect(legends).toEqual(expect.arrayContaining(['性别', '经营项目', '所在地区', '本地']));
	});

	it('puts what is typed into the data, numbers as numbers', async () => {
		r = render({ schema: everything, uiSchema: everythingUi });
		await userEvent.type(control(r.form, '姓名'), '张三');
		await userEvent.type(control(r.form, '人数'), '12');
		await userEvent.type(control(r.form, '比例'), '1.5');
		await userEvent.click(control(r.form, '同意'));
		await userEvent.click(control(r.form, '女'));
		await userEvent.selectOptions(control(r.form, '类型'), '乙');
		await userEvent.click(control(r.form, '药品'));
		await settle();
		expect(r.data()).toMatchObject({
			name: '张三',
			count: 12,
			ratio: 1.5,
			agree: true,
			gender: '女',
			kind: '乙',
			items: ['药品']
		});
		expect(control(r.form, '比例').value).toBe('1.5');
	});

	it('respects ui:order', () => {
		r = render({
			schema: {
				type: 'object',
				properties: {
					a: { type: 'string', title: '甲' },
					b: { type: 'string', title: '乙' },
					c: { type: 'string', title: '丙' }
				}
			},
			uiSchema: { 'ui:order': ['c', '*', 'a'] }
		});
		const order = [...r.form.querySelectorAll('input')].map((el) => labelOf(el));
		expect(order).toEqual(['丙', '乙', '甲']);
	});

	it('hides ui:widget hidden fields and shows help, description and placeholder', () => {
		r = render({
			schema: {
				type: 'object',
				properties: {
					token: { type: 'string', title: '令牌' },
					phone: { type: 'string', title: '电话', description: '办理结果短信通知' }
				}
			},
			uiSchema: {
				token: { 'ui:widget': 'hidden' },
				phone: { 'ui:help': '11位手机号码', 'ui:placeholder': '请输入' }
			}
		});
		expect(r.form.querySelectorAll('input')).toHaveLength(1);
		const phone = control(r.form, '电话');
		expect(phone.placeholder).toBe('请输入');
		const described = (phone.getAttribute('aria-describedby') ?? '')
			.split(' ')
			.map((id) => document.getElementById(id)?.textContent);
		expect(described).toEqual(['办理结果短信通知', '11位手机号码']);
	});

	it('shows const and readOnly values without letting them be edited', () => {
		r = render({
			schema: {
				type: 'object',
				properties: {
					fixed: { type: 'string', title: '办理事项', const: '食品经营许可' },
					given: { type: 'string', title: '编号', readOnly: true, default: 'A-1' }
				}
			}
		});
		expect(control(r.form, '办理事项').value).toBe('食品经营许可');
		expect(control(r.form, '办理事项').readOnly).toBe(true);
		expect(control(r.form, '编号').value).toBe('A-1');
		expect(control(r.form, '编号').readOnly).toBe(true);
	});

	it('keeps a label for screen readers when ui:options.label is false, and lays radios inline', () => {
		r = render({
			schema: {
				type: 'object',
				properties: {
					remark: { type: 'string', title: '备注' },
					gender: { type: 'string', title: '性别', enum: ['男', '女'] }
				}
			},
			uiSchema: {
				remark: { 'ui:options': { label: false } },
				gender: { 'ui:widget': 'radio', 'ui:options': { inline: true } }
			}
		});
		const remark = control(r.form, '备注');
		expect(remark.labels![0].classList.contains('bs-visually-hidden')).toBe(true);
		expect(control(r.form, '男').closest('.bsf-options')!.classList.contains('bsf-inline')).toBe(
			true
		);
	});

	it('upper-cases a credit code as it is typed', async () => {
		r = render({
			schema: {
				type: 'object',
				properties: { code: { type: 'string', title: '统一社会信用代码', format: 'cn-uscc' } }
			}
		});
		await userEvent.type(control(r.form, '统一社会信用代码'), '91350100m000100y43');
		await settle();
		expect(control(r.form, '统一社会信用代码').value).toBe('91350100M000100Y43');
		expect(r.data()).toEqual({ code: '91350100M000100Y43' });
	});

	it('normalises as the acceptance does, while typing: trim, no inner spaces, upper-case X', async () => {
		r = render({
			schema: {
				type: 'object',
				properties: {
					id: { type: 'string', title: '身份证号码', format: 'cn-id-card' },
					postcode: { type: 'string', title: '邮政编码', format: 'cn-postcode' }
				}
			}
		});
		await userEvent.type(control(r.form, '身份证号码'), ' 410105 19850612 102x');
		await userEvent.type(control(r.form, '邮政编码'), ' 450000 ');
		await settle();
		expect(control(r.form, '身份证号码').value).toBe('41010519850612102X');
		expect(r.data()).toEqual({ id: '41010519850612102X', postcode: '450000' });
	});

	it('shows a read-only form without a submit button or editable controls', () => {
		r = render({
			schema: everything,
			uiSchema: everythingUi,
			readonly: true,
			data: { name: '张三' }
		});
		expect(r.form.querySelector('button[type="submit"]')).toBeNull();
		expect(control(r.form, '姓名').readOnly).toBe(true);
		expect((control(r.form, '类型') as unknown as HTMLSelectElement).disabled).toBe(true);
		expect(control(r.form, '同意').disabled).toBe(true);
	});
});
