// Conditions a clerk builds (AND / OR across sections), calculated fields and cross-field rules,
// in the rendered form: what an applicant sees change as they fill it in.
import { afterEach, describe, expect, it } from 'vitest';
import { setFieldRule } from '$lib/domain/conditions';
import { idCardCheckChar } from '$lib/domain/formats';
import { ageOn } from '$lib/domain/calc';
import { todayInChina } from '$lib/domain/workdays';
import type { JsonSchema } from '$lib/domain/item/types';
import { control, render, settle, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

const base: JsonSchema = {
	type: 'object',
	properties: {
		applicant: {
			type: 'object',
			title: '申请人',
			properties: {
				kind: { type: 'string', title: '申请人类型', enum: ['个人', '企业'] },
				idNumber: { type: 'string', title: '身份证号码' },
				birth: { type: 'string', title: '出生日期' },
				age: { type: 'integer', title: '年龄' }
			}
		},
		agent: {
			type: 'object',
			title: '代理人',
			properties: {
				entrusted: { type: 'boolean', title: '委托代理人办理' },
				name: { type: 'string', title: '代理人姓名' }
			}
		}
	}
};

// 代理人姓名 shows when the applicant is a company OR (entrusted AND under 18), across sections
const schema = setFieldRule(base, ['agent', 'name'], {
	visible: 'show',
	required: true,
	when: {
		all: false,
		parts: [
			{ field: ['applicant', 'kind'], op: 'equals', value: '企业' },
			{
				all: true,
				parts: [
					{ field: ['agent', 'entrusted'], op: 'equals', value: true },
					{ field: ['applicant', 'age'], op: 'lt', value: 18 }
				]
			}
		]
	}
});

const uiSchema = {
	applicant: {
		birth: { 'ui:calc': { fn: 'birthDateFromId', id: 'applicant.idNumber' } },
		age: { 'ui:calc': { fn: 'ageFromId', id: 'applicant.idNumber' } }
	}
};

const has = (label: string) => {
	try {
		control(r!.form, label);
		return true;
	} catch {
		return false;
	}
};

async function type(label: string, value: string) {
	const input = control(r!.form, label);
	input.value = value;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	await settle();
}

describe('conditions across sections and calculated fields', () => {
	it('shows a field when an AND / OR condition over two sections holds, and drops it after', async () => {
		r = render({ schema, uiSchema });
		await settle();
		expect(has('代理人姓名')).toBe(false);

		const kind = control(r.form, '申请人类型') as unknown as HTMLSelectElement;
		kind.value = String([...kind.options].findIndex((o) => o.textContent === '企业') - 1);
		kind.dispatchEvent(new Event('change', { bubbles: true }));
		await settle();
		expect(has('代理人姓名')).toBe(true);
		await type('代理人姓名', '李四');
		expect((r.data().agent as Record<string, unknown>).name).toBe('李四');

		kind.value = String([...kind.options].findIndex((o) => o.textContent === '个人') - 1);
		kind.dispatchEvent(new Event('change', { bubbles: true }));
		await settle();
		expect(has('代理人姓名')).toBe(false);
		expect((r.data().agent as Record<string, unknown> | undefined)?.name).toBeUndefined();
	});

	it('fills birth date and age from the ID number as it is typed, read-only', async () => {
		r = render({ schema, uiSchema });
		await r.ready();
		await settle();
		const first17 = '44030520100229004'.slice(0, 6) + '20100301004';
		const id = first17 + idCardCheckChar(first17);
		await type('身份证号码', id.slice(0, 10));
		expect(control(r.form, '年龄').value).toBe('');
		await type('身份证号码', id);
		expect(control(r.form, '出生日期').value).toBe('2010-03-01');
		const age = ageOn('2010-03-01', todayInChina());
		expect(control(r.form, '年龄').value).toBe(String(age));
		expect(control(r.form, '年龄').readOnly).toBe(true);
		expect((r.data().applicant as Record<string, unknown>).age).toBe(age);

		// a minor who entrusts an agent: the computed age drives the condition in the other section
		control(r.form, '委托代理人办理').click();
		await settle();
		expect(has('代理人姓名')).toBe(age < 18);

		await type('身份证号码', '');
		expect(control(r.form, '年龄').value).toBe('');
		expect(has('代理人姓名')).toBe(false);
	});

	it('says when an end date is not after the start date', async () => {
		const dated: JsonSchema = {
			type: 'object',
			properties: {
				from: { type: 'string', title: '开始日期', format: 'date' },
				to: { type: 'string', title: '结束日期', format: 'date' }
			}
		};
		r = render({
			schema: dated,
			uiSchema: { 'ui:rules': [{ kind: 'dateAfter', field: 'to', after: 'from' }] },
			data: { from: '2026-05-01', to: '2026-04-30' }
		});
		await r.ready();
		await settle();
		const errors = r.validate();
		expect(errors.map((e) => [e.pointer, e.message])).toEqual([['/to', '结束日期应晚于开始日期']]);
		await settle();
		expect(r.form.textContent).toContain('结束日期应晚于开始日期');
	});
});
