// Multi-page forms (`ui:pages`): one page at a time, Next checks only the page shown, Back never
// checks, answers survive moving between pages, a review of every answer before submitting.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { JsonSchema } from '$lib/domain/item/types';
import { control, render, settle, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

const schema: JsonSchema = {
	type: 'object',
	title: '餐饮服务许可申请',
	properties: {
		applicant: {
			type: 'object',
			title: '申请人',
			properties: {
				name: { type: 'string', title: '姓名', minLength: 1 },
				kind: {
					type: 'string',
					title: '类型',
					oneOf: [
						{ const: 'person', title: '个人' },
						{ const: 'company', title: '企业' }
					]
				}
			},
			required: ['name']
		},
		premises: {
			type: 'object',
			title: '经营场所',
			properties: {
				address: { type: 'string', title: '地址', minLength: 1 },
				area: { type: 'number', title: '面积', minimum: 1 }
			},
			required: ['address']
		},
		note: { type: 'string', title: '备注' }
	},
	required: ['applicant', 'premises']
};

const uiSchema = {
	'ui:pages': [
		{ title: '申请人信息', sections: ['applicant'] },
		{ title: '经营场所', sections: ['premises'] }
	]
};

const button = (name: string) => {
	const found = [...r!.form.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
	if (!found) throw new Error(`no button ${name}`);
	return found;
};
const has = (label: string) => {
	try {
		control(r!.form, label);
		return true;
	} catch {
		return false;
	}
};
const current = () => r!.form.querySelector('[aria-current="step"]')?.textContent?.trim();
const heading = () => r!.form.querySelector('.bsf-page-title');
const live = () => r!.form.querySelector('[aria-live="polite"]')?.textContent;

async function steps() {
	// the stepper loads on demand
	await expect.poll(() => r!.form.querySelector('.bsf-page-nav')).toBeTruthy();
	await settle();
}

describe('multi-page forms', () => {
	it('shows one page, and Next is stopped only by the errors of that page', async () => {
		r = render({ schema, uiSchema });
		await steps();
		expect(current()).toBe('1. 申请人信息');
		expect(heading()?.textContent?.trim()).toBe('第 1 步，共 3 步：申请人信息');
		expect(has('姓名')).toBe(true);
		expect(has('地址')).toBe(false);

		button('下一步').click();
		await settle();
		const name = control(r.form, '姓名');
		expect(name.getAttribute('aria-invalid')).toBe('true');
		expect(document.activeElement).toBe(name);
		// the summary lists this page's problem only, not the address on the next page
		const summary = r.form.querySelector('[role="alert"]')!;
		expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
			'申请人 › 姓名：此项为必填项'
		]);
		expect(current()).toBe('1. 申请人信息');

		await userEvent.type(name, '张三');
		button('下一步').click();
		await settle();
		expect(current()).toBe('2. 经营场所');
		expect(has('地址')).toBe(true);
		expect(has('姓名')).toBe(false);
		// no errors shown on a page not yet checked, focus and the announcement follow the step
		expect(r.form.querySelector('[role="alert"]')).toBeNull();
		expect(document.activeElement).toBe(heading());
		expect(live()).toBe('第 2 步，共 3 步：经营场所');
	});

	it('keeps answers across Back and Next; Back does not check the page', async () => {
		r = render({ schema, uiSchema });
		await steps();
		await userEvent.type(control(r.form, '姓名'), '李四');
		await userEvent.selectOptions(control(r.form, '类型'), '企业');
		button('下一步').click();
		await settle();
		await userEvent.type(control(r.form, '面积'), '0');
		button('上一步').click();
		await settle();
		expect(current()).toBe('1. 申请人信息');
		expect(r.form.querySelector('[role="alert"]')).toBeNull();
		expect(control(r.form, '姓名').value).toBe('李四');
		button('下一步').click();
		await settle();
		expect(control(r.form, '面积').value).toBe('0');
		expect(r.data()).toMatchObject({ applicant: { name: '李四', kind: 'company' } });
	});

	it('reviews every answer by page before submitting, with a way back to each page', async () => {
		r = render({ schema, uiSchema, data: { applicant: { name: '王五', kind: 'person' } } });
		await steps();
		button('下一步').click();
		await settle();
		await userEvent.type(control(r.form, '地址'), '朔州市新建路 1 号');
		await userEvent.type(control(r.form, '备注'), '临街');
		button('下一步').click();
		await settle();
		expect(current()).toBe('3. 核对并提交');
		expect(has('地址')).toBe(false);
		const rows = [...r.form.querySelectorAll('.bsf-review-row')].map((row) =>
			[...row.children].map((c) => c.textContent?.trim())
		);
		expect(rows).toEqual([
			['申请人 › 姓名', '王五'],
			['申请人 › 类型', '个人'],
			['经营场所 › 地址', '朔州市新建路 1 号'],
			['备注', '临街']
		]);
		button('修改“申请人信息”').click();
		await settle();
		expect(current()).toBe('1. 申请人信息');
		expect(control(r.form, '姓名').value).toBe('王五');
		button('下一步').click();
		await settle();
		button('下一步').click();
		await settle();
		button('提交').click();
		await settle();
		expect(r.submits).toHaveLength(1);
		expect(r.submits[0].errors).toEqual([]);
		expect(r.submits[0].data).toMatchObject({ premises: { address: '朔州市新建路 1 号' } });
	});

	it('validating the whole form goes to the page of the first error', async () => {
		r = render({ schema, uiSchema, data: { applicant: { name: '赵六' } } });
		await steps();
		const errors = r.validate();
		await settle();
		expect(errors.map((e) => e.pointer)).toEqual(['/premises/address']);
		expect(current()).toBe('2. 经营场所');
		const address = control(r.form, '地址');
		expect(address.getAttribute('aria-invalid')).toBe('true');
		expect(document.activeElement).toBe(address);
	});

	it('Enter in a field moves on like Next instead of submitting', async () => {
		r = render({ schema, uiSchema });
		await steps();
		await userEvent.type(control(r.form, '姓名'), '钱七{Enter}');
		await settle();
		expect(current()).toBe('2. 经营场所');
		expect(r.submits).toHaveLength(0);
	});

	it('tells its owner when the review step is reached, so a portal shows its own submit there', async () => {
		const steps: [number, boolean][] = [];
		r = render({
			schema,
			uiSchema,
			data: { applicant: { name: '孙八' }, premises: { address: '新建路 2 号' } },
			onstep: (step, last) => steps.push([step, last])
		});
		await expect.poll(() => r!.form.querySelector('.bsf-page-nav')).toBeTruthy();
		button('下一步').click();
		await settle();
		button('下一步').click();
		await settle();
		expect(steps).toEqual([
			[0, false],
			[1, false],
			[2, true]
		]);
	});

	it('shows a read-only form (a submission under review) on one page', async () => {
		r = render({
			schema,
			uiSchema,
			readonly: true,
			data: { applicant: { name: '周九' }, premises: { address: '新建路 3 号' } }
		});
		await r.ready();
		await settle();
		expect(r.form.querySelector('.bsf-steps')).toBeNull();
		expect(control(r.form, '姓名').value).toBe('周九');
		expect(control(r.form, '地址').value).toBe('新建路 3 号');
	});
});
