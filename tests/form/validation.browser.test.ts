import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { JsonSchema } from '$lib/domain/item/types';
import { control, render, settle, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

const schema: JsonSchema = {
	type: 'object',
	title: '申请表',
	properties: {
		applicant: {
			type: 'object',
			title: '申请人信息',
			properties: {
				name: { type: 'string', title: '姓名', minLength: 1 },
				idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-card' },
				age: { type: 'integer', title: '年龄', minimum: 18 }
			},
			required: ['name', 'idNumber']
		},
		company: { type: 'string', title: '单位名称' }
	},
	required: ['applicant', 'company']
};

const errorOf = (el: HTMLElement) =>
	(el.getAttribute('aria-describedby') ?? '')
		.split(' ')
		.map((id) => document.getElementById(id))
		.find((e) => e?.classList.contains('bsf-error'))
		?.textContent?.trim() ?? '';

async function submit(form: HTMLFormElement) {
	form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
	await settle();
}

describe('validation', () => {
	it('on submit: errors beside the fields, a summary that links to them, focus on the first', async () => {
		r = render({ schema });
		await submit(r.form);
		const name = control(r.form, '姓名');
		expect(name.getAttribute('aria-invalid')).toBe('true');
		expect(errorOf(name)).toContain('此项为必填项');
		expect(errorOf(control(r.form, '单位名称'))).toContain('此项为必填项');
		expect(document.activeElement).toBe(name);

		const summary = r.form.querySelector('[role="alert"]')!;
		expect(summary.textContent).toContain('提交前请修正以下 3 处问题');
		const links = [...summary.querySelectorAll('a')];
		expect(links.map((a) => a.textContent)).toEqual([
			'申请人信息 › 姓名：此项为必填项',
			'申请人信息 › 身份证号码：此项为必填项',
			'单位名称：此项为必填项'
		]);
		links[2].click();
		expect(document.activeElement).toBe(control(r.form, '单位名称'));
		expect(r.submits[0].errors.map((e) => e.pointer).sort()).toEqual([
			'/applicant/idNumber',
			'/applicant/name',
			'/company'
		]);
	});

	it('clears a field’s error once it is corrected, and submits clean data', async () => {
		r = render({ schema });
		await submit(r.form);
		await userEvent.type(control(r.form, '姓名'), '张三');
		await settle();
		expect(errorOf(control(r.form, '姓名'))).toBe('');
		expect(r.form.querySelector('[role="alert"]')!.textContent).toContain('2 处问题');
		await userEvent.type(control(r.form, '身份证号码'), '11010519491231002X');
		await userEvent.type(control(r.form, '单位名称'), '某某食品有限公司');
		await submit(r.form);
		expect(r.form.querySelector('[role="alert"]')).toBeNull();
		expect(r.submits.at(-1)).toEqual({
			data: {
				applicant: { name: '张三', idNumber: '11010519491231002X' },
				company: '某某食品有限公司'
			},
			errors: []
		});
	});

	it('shows no error for fields merely tabbed through, until a submit', async () => {
		r = render({ schema });
		const name = control(r.form, '姓名');
		name.focus();
		for (let i = 0; i < 4; i++) await userEvent.tab();
		await settle();
		expect(r.form.querySelectorAll('.bsf-error')).toHaveLength(0);
		expect(r.form.querySelector('[aria-invalid="true"]')).toBeNull();
		await submit(r.form);
		expect(errorOf(name)).toContain('此项为必填项');
		expect(r.form.querySelector('[role="alert"]')).not.toBeNull();
	});

	it('shows a field’s error when it is left, and only that field’s', async () => {
		r = render({ schema });
		const age = control(r.form, '年龄');
		await userEvent.type(age, '12');
		age.blur();
		await settle();
		expect(errorOf(age)).toBe('错误：应当为 >= 18');
		expect(errorOf(control(r.form, '姓名'))).toBe('');
		expect(r.form.querySelector('[role="alert"]')).toBeNull();
	});

	it('checks the ID check digit as it is typed, and upper-cases a trailing x', async () => {
		r = render({ schema });
		const id = control(r.form, '身份证号码');
		await userEvent.type(id, '11010519491231002');
		await settle();
		expect(errorOf(id)).toBe('');
		await userEvent.type(id, '1');
		await settle();
		expect(errorOf(id)).toMatch(/校验码/);
		expect(id.getAttribute('aria-invalid')).toBe('true');
		await userEvent.clear(id);
		await userEvent.type(id, '11010519491231002x');
		await settle();
		expect(id.value).toBe('11010519491231002X');
		expect(errorOf(id)).toBe('');
		expect((r.data().applicant as Record<string, unknown>).idNumber).toBe('11010519491231002X');
	});

	it('validates on demand through validate(), showing the errors like a submit', async () => {
		r = render({ schema, data: { applicant: { name: '张三' } } });
		const errors = r.validate();
		await settle();
		expect(errors.map((e) => e.pointer).sort()).toEqual(['/applicant/idNumber', '/company']);
		expect(r.form.querySelector('[role="alert"]')!.textContent).toContain('2 处问题');
		expect(document.activeElement).toBe(control(r.form, '身份证号码'));
		expect(r.submits).toEqual([]);
	});

	it('validates on every change with liveValidate', async () => {
		r = render({ schema, liveValidate: true });
		await userEvent.type(control(r.form, '年龄'), '1');
		await settle();
		expect(errorOf(control(r.form, '年龄'))).toContain('>= 18');
	});

	it('speaks English when locale is en', async () => {
		r = render({ schema, locale: 'en' });
		await submit(r.form);
		expect(r.form.querySelector('[role="alert"]')!.textContent).toContain(
			'Please correct 3 problems before submitting'
		);
		expect(errorOf(control(r.form, '姓名'))).toBe('Error: This field is required');
		expect(r.form.querySelector('button[type="submit"]')!.textContent).toBe('Submit');
		await userEvent.type(control(r.form, '身份证号码'), '110105194912310021');
		await settle();
		expect(errorOf(control(r.form, '身份证号码'))).toMatch(/check character/);
	});

	it('works from the keyboard alone: Enter submits, the summary link takes focus to the field', async () => {
		r = render({ schema });
		control(r.form, '姓名').focus();
		await userEvent.keyboard('{Enter}');
		await settle();
		expect(r.submits).toHaveLength(1);
		const links = r.form.querySelectorAll<HTMLAnchorElement>('[role="alert"] a');
		links[links.length - 1].focus();
		await userEvent.keyboard('{Enter}');
		expect(document.activeElement).toBe(control(r.form, '单位名称'));
	});
});
