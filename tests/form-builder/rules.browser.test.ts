// The condition builder in the form builder's property panel: a show rule for a field of one
// section that tests fields of another, built without JSON; a calculated age; hand-written JSON
// shown read-only and kept.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { listFieldRules } from '$lib/domain/conditions';
import type { JsonSchema } from '$lib/domain/item/types';
import { renderBuilder, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

const schema: JsonSchema = {
	type: 'object',
	properties: {
		applicant: {
			type: 'object',
			title: '申请人',
			properties: {
				kind: { type: 'string', title: '申请人类型', enum: ['个人', '企业'] },
				idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-card' },
				age: { type: 'integer', title: '年龄' }
			}
		},
		agent: {
			type: 'object',
			title: '代理人',
			properties: { name: { type: 'string', title: '代理人姓名' } },
			required: ['name']
		}
	}
};
const uiSchema = {
	'ui:order': ['applicant', 'agent'],
	applicant: { 'ui:order': ['kind', 'idNumber', 'age'] },
	agent: { 'ui:order': ['name'] }
};

function controls(label: string): (HTMLInputElement | HTMLSelectElement)[] {
	return [...document.querySelectorAll('label')]
		.filter((x) => x.textContent?.trim() === label && x.htmlFor)
		.map((l) => document.getElementById(l.htmlFor) as HTMLSelectElement);
}
function choose(el: HTMLInputElement | HTMLSelectElement, value: string) {
	el.value = value;
	el.dispatchEvent(new Event('change', { bubbles: true }));
	flushSync();
}
function selectCard(key: string) {
	const card = [...document.querySelectorAll<HTMLButtonElement>('.fb-select')].find(
		(b) => b.querySelector('code')?.textContent?.trim() === key
	);
	if (!card) throw new Error(`no card ${key}`);
	card.click();
	flushSync();
}
function button(name: string): HTMLButtonElement {
	const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === name);
	if (!b) throw new Error(`no button ${name}`);
	return b;
}

describe('condition builder in the property panel', () => {
	it('shows a field of one section when fields of another say so, with AND / OR', () => {
		r = renderBuilder({ schema, uiSchema });
		selectCard('name');
		choose(controls('规则')[0], 'show');
		// the field was required: it stays required while shown
		const whileShown = [...document.querySelectorAll('label')]
			.find((l) => l.textContent?.trim() === '显示时必填')
			?.querySelector('input');
		expect(whileShown?.checked).toBe(true);
		choose(controls('字段')[0], 'applicant.kind');
		choose(controls('取值')[0], '1');
		let rules = listFieldRules(r.last().schema);
		expect(rules.map((p) => p.rule)).toEqual([
			{
				target: ['agent', 'name'],
				visible: 'show',
				required: true,
				when: { field: ['applicant', 'kind'], op: 'equals', value: '企业' }
			}
		]);

		button('添加条件').click();
		flushSync();
		choose(controls('字段')[1], 'applicant.age');
		choose(controls('比较')[1], 'lt');
		const age = controls('取值')[1] as HTMLInputElement;
		age.value = '18';
		age.dispatchEvent(new Event('input', { bubbles: true }));
		flushSync();
		choose(controls('组合方式')[0], 'any');
		rules = listFieldRules(r.last().schema);
		expect(rules).toHaveLength(1);
		expect(rules[0].level).toEqual([]);
		expect(rules[0].rule?.when).toEqual({
			all: false,
			parts: [
				{ field: ['applicant', 'kind'], op: 'equals', value: '企业' },
				{ field: ['applicant', 'age'], op: 'lt', value: 18 }
			]
		});

		choose(controls('规则')[0], 'none');
		expect(r.last().schema.allOf).toBeUndefined();
		const agent = (r.last().schema.properties as Record<string, JsonSchema>).agent;
		expect(agent.required).toEqual(['name']);
	});

	it('makes a field a calculated age from the ID number', () => {
		r = renderBuilder({ schema, uiSchema });
		selectCard('age');
		choose(controls('计算方式')[0], 'ageFromId');
		expect((r.last().uiSchema.applicant as Record<string, unknown>).age).toEqual({
			'ui:calc': { fn: 'ageFromId', id: 'applicant.idNumber' }
		});
		choose(controls('计算方式')[0], '');
		expect((r.last().uiSchema.applicant as Record<string, unknown>).age).toBeUndefined();
	});

	it('shows hand-written JSON it cannot express read-only and keeps it', () => {
		const foreign = {
			if: { properties: { applicant: { minProperties: 2 } } },
			then: { properties: { agent: { required: ['name'], minProperties: 1 } } }
		};
		r = renderBuilder({ schema: { ...schema, allOf: [foreign] }, uiSchema });
		selectCard('name');
		expect(document.body.textContent).toContain('此字段还受以下 JSON 规则约束（只读）');
		choose(controls('规则')[0], 'hide');
		expect((r.last().schema.allOf as unknown[])[0]).toEqual(foreign);
		expect(listFieldRules(r.last().schema).filter((p) => p.rule)).toHaveLength(1);
	});
});
